package cn.kaichuang.submission;

import cn.kaichuang.submission.PlanContent.Asset;
import cn.kaichuang.submission.PlanContent.MonthlyCost;
import cn.kaichuang.submission.PlanContent.MonthlyLine;
import cn.kaichuang.submission.PlanContent.Product;
import cn.kaichuang.submission.PlanContent.Staff;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * The plan's computed figures, in yuan with two decimals. Computed on the server from the stored
 * content and never stored themselves, so a figure can never disagree with its inputs.
 *
 * @param startupCapital fixed assets plus working capital: what the business needs before it opens
 * @param monthlyCosts wages plus the cost lines of the sales and cost plan
 * @param cashFlow twelve months, each opening with the previous closing balance
 */
public record PlanTotals(BigDecimal monthlyWages, BigDecimal fixedAssets, BigDecimal workingCapitalPerMonth,
        BigDecimal workingCapital, BigDecimal startupCapital, List<BigDecimal> monthlySales, BigDecimal sales,
        List<BigDecimal> monthlyCosts, BigDecimal costs, List<BigDecimal> monthlyProfit, BigDecimal profit,
        List<CashMonth> cashFlow) {

    public record CashMonth(int month, BigDecimal opening, BigDecimal inflow, BigDecimal outflow, BigDecimal closing) {
    }

    public static PlanTotals of(PlanContent plan) {
        BigDecimal wages = sum(plan.organisation().staff().stream().map(Staff::monthlyTotal).toList());
        BigDecimal assets = sum(plan.fixedAssets().items().stream().map(Asset::total).toList());
        BigDecimal perMonth = sum(plan.workingCapital().items().stream().map(MonthlyCost::monthlyAmount).toList());
        BigDecimal working = perMonth.multiply(BigDecimal.valueOf(plan.workingCapital().months()));
        List<Product> products = plan.salesForecast().products();
        List<BigDecimal> sales = monthly(m -> sum(products.stream().map(p -> p.revenue(m)).toList()));
        List<MonthlyLine> costLines = plan.salesAndCosts().costs();
        List<BigDecimal> costs = monthly(m -> wages.add(lineSum(costLines, m)));
        List<BigDecimal> profit = monthly(m -> sales.get(m).subtract(costs.get(m)));

        List<CashMonth> cash = new ArrayList<>();
        BigDecimal opening = plan.cashFlow().openingCash();
        for (int m = 0; m < PlanContent.MONTHS; m++) {
            BigDecimal in = sales.get(m).add(lineSum(plan.cashFlow().otherInflows(), m));
            BigDecimal out = costs.get(m).add(lineSum(plan.cashFlow().otherOutflows(), m));
            BigDecimal closing = opening.add(in).subtract(out);
            cash.add(new CashMonth(m + 1, yuan(opening), yuan(in), yuan(out), yuan(closing)));
            opening = closing;
        }
        return new PlanTotals(yuan(wages), yuan(assets), yuan(perMonth), yuan(working), yuan(assets.add(working)),
                sales, sum(sales), costs, sum(costs), profit, sum(profit), List.copyOf(cash));
    }

    /** The first month that closes with less than no cash, 1-based; 0 when none does. */
    public int firstShortMonth() {
        return cashFlow.stream().filter(c -> c.closing().signum() < 0).mapToInt(CashMonth::month).findFirst()
                .orElse(0);
    }

    private static BigDecimal lineSum(List<MonthlyLine> lines, int month) {
        return sum(lines.stream().map(line -> line.amounts().get(month)).toList());
    }

    private static List<BigDecimal> monthly(IntFunction<BigDecimal> month) {
        return IntStream.range(0, PlanContent.MONTHS).mapToObj(month).map(PlanTotals::yuan).toList();
    }

    private static BigDecimal sum(List<BigDecimal> values) {
        return yuan(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal yuan(BigDecimal value) {
        return PlanContent.yuan(value);
    }
}
