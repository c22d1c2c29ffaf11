package cn.kaichuang.review;

import cn.kaichuang.submission.PlanContent;
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

/** A complete SYB plan to submit (the one of the submission tests). */
public final class ReviewPlans {

    private ReviewPlans() {
    }

    public static PlanContent bakery() {
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
}
