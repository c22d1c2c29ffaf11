package cn.kaichuang.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.submission.PlanContent.Asset;
import cn.kaichuang.submission.PlanContent.CashFlow;
import cn.kaichuang.submission.PlanContent.FixedAssets;
import cn.kaichuang.submission.PlanContent.MonthlyCost;
import cn.kaichuang.submission.PlanContent.MonthlyLine;
import cn.kaichuang.submission.PlanContent.Organisation;
import cn.kaichuang.submission.PlanContent.Product;
import cn.kaichuang.submission.PlanContent.SalesAndCosts;
import cn.kaichuang.submission.PlanContent.SalesForecast;
import cn.kaichuang.submission.PlanContent.Staff;
import cn.kaichuang.submission.PlanContent.WorkingCapital;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTotalsTest {

    static PlanContent bakery() {
        List<BigDecimal> qty = Collections.nCopies(12, new BigDecimal("300"));
        List<BigDecimal> rent = Collections.nCopies(12, new BigDecimal("2000"));
        List<BigDecimal> loan = new java.util.ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        loan.set(0, new BigDecimal("20000"));
        return new PlanContent(new PlanContent.Overview("岳麓面包坊", "餐饮", "个体工商户", "长沙市岳麓区", "现烤面包", ""),
                new PlanContent.Founder("张三", "大专", "面包店学徒三年", "烘焙", "自己当老板"),
                new PlanContent.Market("周边大学生", "约两万人", List.of()),
                new PlanContent.Marketing("面包、蛋糕", "8-30 元", "门店与外卖平台", "开业八折"),
                new Organisation(List.of(new Staff("店员", 2, new BigDecimal("3500")))),
                new FixedAssets(List.of(new Asset("烤箱", new BigDecimal("2"), new BigDecimal("6800.50")),
                        new Asset("冷柜", BigDecimal.ONE, new BigDecimal("3200")))),
                new WorkingCapital(3, List.of(new MonthlyCost("房租", new BigDecimal("2000")),
                        new MonthlyCost("原料", new BigDecimal("4000.25")))),
                new SalesForecast(List.of(new Product("面包", new BigDecimal("12.5"), qty))),
                new SalesAndCosts(List.of(new MonthlyLine("房租", rent))),
                new CashFlow(new BigDecimal("5000"), List.of(new MonthlyLine("贷款", loan)), List.of()));
    }

    @Test
    void totalsFollowFromTheFiguresInYuanWithTwoDecimals() {
        PlanTotals totals = PlanTotals.of(bakery());

        assertThat(totals.monthlyWages()).isEqualByComparingTo("7000");
        assertThat(totals.fixedAssets()).isEqualTo(new BigDecimal("16801.00"));
        assertThat(totals.workingCapitalPerMonth()).isEqualTo(new BigDecimal("6000.25"));
        assertThat(totals.workingCapital()).isEqualTo(new BigDecimal("18000.75"));
        assertThat(totals.startupCapital()).isEqualTo(new BigDecimal("34801.75"));
        assertThat(totals.monthlySales()).hasSize(12).allMatch(s -> s.compareTo(new BigDecimal("3750")) == 0);
        assertThat(totals.sales()).isEqualTo(new BigDecimal("45000.00"));
        assertThat(totals.monthlyCosts().getFirst()).isEqualByComparingTo("9000");
        assertThat(totals.profit()).isEqualByComparingTo("-63000");
        // 5000 + 3750 + 20000 - 9000 = 19750, then 5250 less each month.
        assertThat(totals.cashFlow().getFirst().closing()).isEqualTo(new BigDecimal("19750.00"));
        assertThat(totals.cashFlow().get(1).opening()).isEqualTo(new BigDecimal("19750.00"));
        assertThat(totals.cashFlow().getLast().closing()).isEqualByComparingTo("-38000");
        assertThat(totals.firstShortMonth()).isEqualTo(5);
    }

    @Test
    void badFiguresAreRefusedNamingTheSection() {
        PlanContent plan = bakery();
        PlanContent negative = new PlanContent(plan.overview(), plan.founder(), plan.market(), plan.marketing(),
                plan.organisation(), new FixedAssets(List.of(new Asset("烤箱", BigDecimal.ONE, new BigDecimal("-1")))),
                plan.workingCapital(), plan.salesForecast(), plan.salesAndCosts(), plan.cashFlow());
        assertThatThrownBy(() -> PlanRules.checkDraft(negative)).isInstanceOf(SubmissionException.class)
                .hasMessage("submission.error.amount")
                .extracting(e -> ((SubmissionException) e).arguments()).isEqualTo(List.of("submission.section.FIXED_ASSETS"));
        PlanContent unnamed = new PlanContent(plan.overview(), plan.founder(), plan.market(), plan.marketing(),
                plan.organisation(), new FixedAssets(List.of(new Asset("", BigDecimal.ONE, BigDecimal.TEN))),
                plan.workingCapital(), plan.salesForecast(), plan.salesAndCosts(), plan.cashFlow());
        assertThatThrownBy(() -> PlanRules.checkDraft(unnamed)).hasMessage("submission.error.row-name");
        assertThatThrownBy(() -> PlanRules.checkComplete(PlanType.SYB_PLAN, PlanContent.empty()))
                .hasMessage("submission.error.required");
        PlanRules.checkComplete(PlanType.SYB_PLAN, plan);
    }

    @Test
    void theCourseDecidesThePlan() {
        assertThat(PlanType.forCourse(cn.kaichuang.cohort.CourseType.GYB)).isEqualTo(PlanType.IDEA_BOOK);
        assertThat(PlanType.IDEA_BOOK.sections()).containsExactly(PlanSection.OVERVIEW, PlanSection.FOUNDER,
                PlanSection.MARKET, PlanSection.MARKETING);
        assertThat(PlanType.forCourse(cn.kaichuang.cohort.CourseType.ONLINE).sections()).hasSize(10);
    }
}
