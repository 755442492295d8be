"""Analytics: the attrition-risk pipeline evaluated on tabular HR exports."""
