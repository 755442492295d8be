"""Analytics over HR data: model evaluation on tabular exports, and the attrition-risk pipeline's pieces."""
