package se.balans.engine.policy;

/** Whether a finance-policy limit is kept. */
public enum LimitStatus {
    /** Inom limit. */
    WITHIN,
    /** Utanför limit. */
    OUTSIDE,
    /** Kan inte bedömas: the value is missing (e.g. an empty portfolio has no average binding). */
    NOT_EVALUABLE
}
