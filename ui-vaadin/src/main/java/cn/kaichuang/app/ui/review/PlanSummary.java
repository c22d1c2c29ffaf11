package cn.kaichuang.app.ui.review;

import cn.kaichuang.review.BlindPlan;
import cn.kaichuang.submission.PlanContent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The blinded plan, read-only: its plan number and main sections, no trainee. */
class PlanSummary extends Div {

    PlanSummary(BlindPlan plan) {
        addClassName("kc-review-plan");
        PlanContent c = plan.content();
        add(new H3(plan.planNumber() + " · " + plan.type().chineseName()));
        line("review.plan.enterprise", c.overview().name() + " · " + c.overview().industry());
        line("review.plan.description", c.overview().description());
        line("review.plan.founder", c.founder().experience() + " " + c.founder().skills());
        line("review.plan.customers", c.market().customers() + " " + c.market().marketSize());
        line("review.plan.marketing", String.join(" / ", c.marketing().product(), c.marketing().price(),
                c.marketing().place(), c.marketing().promotion()));
        line("review.plan.startup-capital", yuan(plan.totals().startupCapital()));
        line("review.plan.sales", yuan(plan.totals().sales()));
        line("review.plan.profit", yuan(plan.totals().profit()));
    }

    private static String yuan(java.math.BigDecimal amount) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(java.util.Locale.CHINA);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount) + " 元";
    }

    private void line(String key, String value) {
        Span label = new Span(getTranslation(key) + "：");
        label.getStyle().set("font-weight", "600");
        add(new Paragraph(label, new Span(value)));
    }
}
