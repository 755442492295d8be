import { graphql } from '@/graphql/generated';

/** One row of the risk list: the score, its band and reasons, and whose it is. */
export const AttritionRiskRowFieldsFragment = graphql(`
  fragment AttritionRiskRowFields on AttritionRisk {
    score
    band
    scoredAt
    drivers {
      feature
      text
    }
    employee {
      id
      employeeNo
      name
      team {
        id
        name
      }
    }
  }
`);

/** Current employees one may see (a lead: their team), highest risk first. */
export const AttritionRiskListQuery = graphql(`
  query AttritionRiskList($first: Int!, $after: String, $minScore: Float) {
    attritionRisks(first: $first, after: $after, minScore: $minScore) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...AttritionRiskRowFields
        }
      }
    }
  }
`);

/** Cursors only, to reach a deep-linked page. */
export const AttritionRiskListCursorsQuery = graphql(`
  query AttritionRiskListCursors($first: Int!, $after: String, $minScore: Float) {
    attritionRisks(first: $first, after: $after, minScore: $minScore) {
      pageInfo {
        hasNextPage
      }
      edges {
        cursor
      }
    }
  }
`);

/** The card of the model behind the scores (null before the first training). */
export const AttritionRiskModelCardQuery = graphql(`
  query AttritionRiskModelCard {
    attritionRiskModel {
      trainedAt
      label
      firstSnapshot
      lastSnapshot
      rows
      positives
      chosenModel
      candidates {
        name
        rocAuc
        rocAucStd
      }
      calibration {
        predicted
        observed
        count
      }
      features
      unavailableFeatures {
        name
        reason
      }
      driversMethod
    }
  }
`);

/** The company-wide cohort scan: only for a company-wide row scope (a lead is refused). */
export const AttritionInsightsQuery = graphql(`
  query AttritionInsights {
    attritionInsights {
      windowStart
      windowEnd
      personWindows
      leavers
      insights {
        factor
        sentence
        ratio
        ciLow
        ciHigh
        pValue
        cohortSize
        cohortLeft
        referenceSize
        referenceLeft
      }
    }
  }
`);
