package cn.kaichuang.submission;

import cn.kaichuang.submission.PlanContent.Asset;
import cn.kaichuang.submission.PlanContent.MonthlyCost;
import cn.kaichuang.submission.PlanContent.MonthlyLine;
import cn.kaichuang.submission.PlanContent.Product;
import cn.kaichuang.submission.PlanContent.Staff;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a plan version must satisfy to be saved, and what it must contain to be submitted. The
 * first problem found is thrown as a {@link SubmissionException} naming the section
 * ({@code submission.section.*}) so the message says where to look.
 */
public final class PlanRules {

    public static final int SHORT_TEXT = 100;
    public static final int LONG_TEXT = 2000;
    public static final int MAX_ROWS = 50;
    public static final int MAX_WORKING_CAPITAL_MONTHS = 24;
    /** Ten billion yuan: beyond any trainee's business, and far inside numeric(20,2). */
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("10000000000");

    private PlanRules() {
    }

    /** Checks a draft: every field in bounds, no half-filled rows; empty sections are fine. */
    public static void checkDraft(PlanContent plan) {
        var o = plan.overview();
        shortTexts(PlanSection.OVERVIEW, o.name(), o.industry(), o.legalForm(), o.address(), o.onlineShop());
        longTexts(PlanSection.OVERVIEW, o.description());
        var f = plan.founder();
        shortTexts(PlanSection.FOUNDER, f.name(), f.education());
        longTexts(PlanSection.FOUNDER, f.experience(), f.skills(), f.motivation());
        var m = plan.market();
        longTexts(PlanSection.MARKET, m.customers(), m.marketSize());
        rowCount(PlanSection.MARKET, m.competitors());
        m.competitors().forEach(c -> {
            named(PlanSection.MARKET, c.name(), !c.strengths().isEmpty() || !c.weaknesses().isEmpty());
            longTexts(PlanSection.MARKET, c.strengths(), c.weaknesses());
        });
        var k = plan.marketing();
        longTexts(PlanSection.MARKETING, k.product(), k.price(), k.place(), k.promotion());

        rowCount(PlanSection.ORGANISATION, plan.organisation().staff());
        for (Staff s : plan.organisation().staff()) {
            named(PlanSection.ORGANISATION, s.position(), s.count() != 0 || s.monthlyWage().signum() != 0);
            if (s.count() < 0 || s.count() > 10_000) {
                throw new SubmissionException("submission.error.amount", key(PlanSection.ORGANISATION));
            }
            amounts(PlanSection.ORGANISATION, s.monthlyWage());
        }
        rowCount(PlanSection.FIXED_ASSETS, plan.fixedAssets().items());
        for (Asset a : plan.fixedAssets().items()) {
            named(PlanSection.FIXED_ASSETS, a.name(), a.quantity().signum() != 0 || a.unitPrice().signum() != 0);
            amounts(PlanSection.FIXED_ASSETS, a.quantity(), a.unitPrice(), a.total());
        }
        int months = plan.workingCapital().months();
        if (months < 1 || months > MAX_WORKING_CAPITAL_MONTHS) {
            throw new SubmissionException("submission.error.months", String.valueOf(MAX_WORKING_CAPITAL_MONTHS));
        }
        rowCount(PlanSection.WORKING_CAPITAL, plan.workingCapital().items());
        for (MonthlyCost c : plan.workingCapital().items()) {
            named(PlanSection.WORKING_CAPITAL, c.name(), c.monthlyAmount().signum() != 0);
            amounts(PlanSection.WORKING_CAPITAL, c.monthlyAmount());
        }
        rowCount(PlanSection.SALES_FORECAST, plan.salesForecast().products());
        for (Product p : plan.salesForecast().products()) {
            named(PlanSection.SALES_FORECAST, p.name(), p.unitPrice().signum() != 0
                    || p.quantities().stream().anyMatch(q -> q.signum() != 0));
            twelve(PlanSection.SALES_FORECAST, p.quantities());
            amounts(PlanSection.SALES_FORECAST, p.unitPrice());
            amounts(PlanSection.SALES_FORECAST, p.quantities().toArray(BigDecimal[]::new));
        }
        lines(PlanSection.SALES_AND_COSTS, plan.salesAndCosts().costs());
        amounts(PlanSection.CASH_FLOW, plan.cashFlow().openingCash());
        lines(PlanSection.CASH_FLOW, plan.cashFlow().otherInflows());
        lines(PlanSection.CASH_FLOW, plan.cashFlow().otherOutflows());
    }

    /** Checks a plan being submitted: a valid draft whose plan type's essentials are filled in. */
    public static void checkComplete(PlanType type, PlanContent plan) {
        checkDraft(plan);
        required(PlanSection.OVERVIEW, plan.overview().name());
        required(PlanSection.FOUNDER, plan.founder().name());
        required(PlanSection.MARKET, plan.market().customers());
        required(PlanSection.MARKETING, plan.marketing().product());
        if (type.has(PlanSection.SALES_FORECAST) && plan.salesForecast().products().isEmpty()) {
            throw new SubmissionException("submission.error.required", key(PlanSection.SALES_FORECAST));
        }
    }

    public static String key(PlanSection section) {
        return "submission.section." + section.name();
    }

    private static void lines(PlanSection section, List<MonthlyLine> lines) {
        rowCount(section, lines);
        for (MonthlyLine line : lines) {
            named(section, line.name(), line.amounts().stream().anyMatch(a -> a.signum() != 0));
            twelve(section, line.amounts());
            amounts(section, line.amounts().toArray(BigDecimal[]::new));
        }
    }

    private static void twelve(PlanSection section, List<BigDecimal> months) {
        if (months.size() != PlanContent.MONTHS) {
            throw new SubmissionException("submission.error.twelve-months", key(section));
        }
    }

    private static void named(PlanSection section, String name, boolean hasFigures) {
        if (name.isEmpty() && hasFigures) {
            throw new SubmissionException("submission.error.row-name", key(section));
        }
        shortTexts(section, name);
    }

    private static void required(PlanSection section, String value) {
        if (value.isEmpty()) {
            throw new SubmissionException("submission.error.required", key(section));
        }
    }

    private static void rowCount(PlanSection section, List<?> rows) {
        if (rows.size() > MAX_ROWS) {
            throw new SubmissionException("submission.error.rows", key(section), String.valueOf(MAX_ROWS));
        }
    }

    private static void amounts(PlanSection section, BigDecimal... amounts) {
        for (BigDecimal amount : amounts) {
            if (amount.signum() < 0 || amount.compareTo(MAX_AMOUNT) > 0 || amount.stripTrailingZeros().scale() > 2) {
                throw new SubmissionException("submission.error.amount", key(section));
            }
        }
    }

    private static void shortTexts(PlanSection section, String... texts) {
        length(section, SHORT_TEXT, texts);
    }

    private static void longTexts(PlanSection section, String... texts) {
        length(section, LONG_TEXT, texts);
    }

    private static void length(PlanSection section, int max, String... texts) {
        for (String text : texts) {
            if (text.length() > max) {
                throw new SubmissionException("submission.error.too-long", key(section), String.valueOf(max));
            }
        }
    }
}
