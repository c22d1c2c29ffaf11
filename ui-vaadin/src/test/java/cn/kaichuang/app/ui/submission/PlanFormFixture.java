package cn.kaichuang.app.ui.submission;

import cn.kaichuang.submission.PlanContent;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;

/** A plan complete enough to submit, whichever plan type the cohort asks for. */
final class PlanFormFixture {

    private PlanFormFixture() {
    }

    static PlanContent complete() {
        return new PlanContent(new PlanContent.Overview("橘子洲奶茶", "餐饮", "个体工商户", "长沙市岳麓区", "", ""),
                new PlanContent.Founder("李四", "本科", "", "", ""),
                new PlanContent.Market("学生和游客", "", List.of()),
                new PlanContent.Marketing("奶茶", "12 元", "门店", "第二杯半价"), null,
                new PlanContent.FixedAssets(List.of(new PlanContent.Asset("封口机", BigDecimal.ONE,
                        new BigDecimal("1200")))), null,
                new PlanContent.SalesForecast(List.of(new PlanContent.Product("奶茶", new BigDecimal("12"),
                        Collections.nCopies(12, new BigDecimal("900"))))), null, null);
    }
}
