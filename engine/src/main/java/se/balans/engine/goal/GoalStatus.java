package se.balans.engine.goal;

/** Måluppfyllelse: whether a financial goal is met by the plan's (or the outcome's) figures. */
public enum GoalStatus {
    /** Uppfyllt. */
    MET,
    /** Ej uppfyllt. */
    NOT_MET,
    /** Kan inte bedömas: a figure the goal needs is missing. */
    NOT_EVALUABLE
}
