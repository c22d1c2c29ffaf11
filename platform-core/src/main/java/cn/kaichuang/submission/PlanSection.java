package cn.kaichuang.submission;

/** The sections of the SYB plan (创业计划书), in the order the form and the PDF show them. */
public enum PlanSection {
    OVERVIEW,
    FOUNDER,
    MARKET,
    MARKETING,
    ORGANISATION,
    FIXED_ASSETS,
    WORKING_CAPITAL,
    SALES_FORECAST,
    SALES_AND_COSTS,
    CASH_FLOW
}
