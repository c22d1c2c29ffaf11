package cn.kaichuang.app.ui.submission;

import cn.kaichuang.submission.PlanContent;
import cn.kaichuang.submission.PlanContent.Asset;
import cn.kaichuang.submission.PlanContent.CashFlow;
import cn.kaichuang.submission.PlanContent.Competitor;
import cn.kaichuang.submission.PlanContent.FixedAssets;
import cn.kaichuang.submission.PlanContent.Founder;
import cn.kaichuang.submission.PlanContent.Market;
import cn.kaichuang.submission.PlanContent.Marketing;
import cn.kaichuang.submission.PlanContent.MonthlyCost;
import cn.kaichuang.submission.PlanContent.MonthlyLine;
import cn.kaichuang.submission.PlanContent.Organisation;
import cn.kaichuang.submission.PlanContent.Overview;
import cn.kaichuang.submission.PlanContent.Product;
import cn.kaichuang.submission.PlanContent.SalesAndCosts;
import cn.kaichuang.submission.PlanContent.SalesForecast;
import cn.kaichuang.submission.PlanContent.Staff;
import cn.kaichuang.submission.PlanContent.WorkingCapital;
import cn.kaichuang.submission.PlanRules;
import cn.kaichuang.submission.PlanSection;
import cn.kaichuang.submission.PlanTotals;
import cn.kaichuang.submission.PlanTotals.CashMonth;
import cn.kaichuang.submission.PlanType;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.accordion.Accordion;
import com.vaadin.flow.component.accordion.AccordionPanel;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The plan's sections as an accordion, one panel per section of the plan type, stacked fields that
 * fit 375 px. Totals are recomputed with the server's own {@link PlanTotals} on every change.
 */
class PlanForm extends Accordion {

    private final boolean readOnly;
    private final Runnable changed;
    private final List<Runnable> loaders = new ArrayList<>();
    private final Map<PlanSection, AccordionPanel> panels = new EnumMap<>(PlanSection.class);
    private final Span staffTotal = total();
    private final Span assetsTotal = total();
    private final Span workingTotal = total();
    private final Span startupTotal = total();
    private final Span salesTotal = total();
    private final Span costTotal = total();
    private final Div cashTable = new Div();
    private final Span shortMonth = new Span();

    // Field readers, filled while the sections are built.
    private Supplier<Overview> overview = () -> new Overview("", "", "", "", "", "");
    private Supplier<Founder> founder = () -> new Founder("", "", "", "", "");
    private Supplier<Market> market = () -> new Market("", "", List.of());
    private Supplier<Marketing> marketing = () -> new Marketing("", "", "", "");
    private Supplier<Organisation> organisation = () -> new Organisation(List.of());
    private Supplier<FixedAssets> fixedAssets = () -> new FixedAssets(List.of());
    private Supplier<WorkingCapital> workingCapital = () -> new WorkingCapital(3, List.of());
    private Supplier<SalesForecast> salesForecast = () -> new SalesForecast(List.of());
    private Supplier<SalesAndCosts> salesAndCosts = () -> new SalesAndCosts(List.of());
    private Supplier<CashFlow> cashFlow = () -> new CashFlow(BigDecimal.ZERO, List.of(), List.of());
    private PlanContent loaded = PlanContent.empty();
    private boolean loading;

    PlanForm(PlanType type, boolean readOnly, Runnable changed) {
        this.readOnly = readOnly;
        this.changed = changed;
        addClassName("kc-plan-form");
        setWidthFull();
        for (PlanSection section : type.sections()) {
            Div body = new Div();
            body.addClassName("kc-plan-section");
            build(section, body);
            AccordionPanel panel = add(getTranslation(PlanRules.key(section)), body);
            panels.put(section, panel);
        }
        if (!readOnly) {
            open(0);
        }
    }

    void set(PlanContent plan) {
        loading = true;
        loaded = plan;
        loaders.forEach(Runnable::run);
        loading = false;
        refreshTotals();
    }

    PlanContent value() {
        return new PlanContent(overview.get(), founder.get(), market.get(), marketing.get(), organisation.get(),
                fixedAssets.get(), workingCapital.get(), salesForecast.get(), salesAndCosts.get(), cashFlow.get());
    }

    AccordionPanel panel(PlanSection section) {
        return panels.get(section);
    }

    String startupTotalText() {
        return startupTotal.getText();
    }

    private void build(PlanSection section, Div body) {
        switch (section) {
            case OVERVIEW -> {
                TextField name = text("submission.field.enterprise-name", PlanRules.SHORT_TEXT, body);
                TextField industry = text("submission.field.industry", PlanRules.SHORT_TEXT, body);
                TextField legalForm = text("submission.field.legal-form", PlanRules.SHORT_TEXT, body);
                TextField address = text("submission.field.address", PlanRules.SHORT_TEXT, body);
                TextField shop = text("submission.field.online-shop", PlanRules.SHORT_TEXT, body);
                TextArea description = area("submission.field.description", body);
                overview = () -> new Overview(name.getValue(), industry.getValue(), legalForm.getValue(),
                        address.getValue(), description.getValue(), shop.getValue());
                loaders.add(() -> {
                    Overview o = loaded.overview();
                    name.setValue(o.name());
                    industry.setValue(o.industry());
                    legalForm.setValue(o.legalForm());
                    address.setValue(o.address());
                    shop.setValue(o.onlineShop());
                    description.setValue(o.description());
                });
            }
            case FOUNDER -> {
                TextField name = text("submission.field.founder-name", PlanRules.SHORT_TEXT, body);
                TextField education = text("submission.field.education", PlanRules.SHORT_TEXT, body);
                TextArea experience = area("submission.field.experience", body);
                TextArea skills = area("submission.field.skills", body);
                TextArea motivation = area("submission.field.motivation", body);
                founder = () -> new Founder(name.getValue(), education.getValue(), experience.getValue(),
                        skills.getValue(), motivation.getValue());
                loaders.add(() -> {
                    Founder f = loaded.founder();
                    name.setValue(f.name());
                    education.setValue(f.education());
                    experience.setValue(f.experience());
                    skills.setValue(f.skills());
                    motivation.setValue(f.motivation());
                });
            }
            case MARKET -> {
                TextArea customers = area("submission.field.customers", body);
                TextArea size = area("submission.field.market-size", body);
                Rows<Competitor> competitors = new Rows<>(getTranslation("submission.add.competitor"),
                        () -> new Competitor("", "", ""), c -> {
                            TextField name = text("submission.field.competitor", PlanRules.SHORT_TEXT, null);
                            TextField strengths = text("submission.field.strengths", PlanRules.LONG_TEXT, null);
                            TextField weaknesses = text("submission.field.weaknesses", PlanRules.LONG_TEXT, null);
                            name.setValue(c.name());
                            strengths.setValue(c.strengths());
                            weaknesses.setValue(c.weaknesses());
                            return new Rows.Row<>(new Div(name, strengths, weaknesses), () -> new Competitor(
                                    name.getValue(), strengths.getValue(), weaknesses.getValue()));
                        }, this::onChange, readOnly);
                body.add(competitors);
                market = () -> new Market(customers.getValue(), size.getValue(), competitors.values());
                loaders.add(() -> {
                    customers.setValue(loaded.market().customers());
                    size.setValue(loaded.market().marketSize());
                    competitors.set(loaded.market().competitors());
                });
            }
            case MARKETING -> {
                TextArea product = area("submission.field.product", body);
                TextArea price = area("submission.field.price", body);
                TextArea place = area("submission.field.place", body);
                TextArea promotion = area("submission.field.promotion", body);
                marketing = () -> new Marketing(product.getValue(), price.getValue(), place.getValue(),
                        promotion.getValue());
                loaders.add(() -> {
                    product.setValue(loaded.marketing().product());
                    price.setValue(loaded.marketing().price());
                    place.setValue(loaded.marketing().place());
                    promotion.setValue(loaded.marketing().promotion());
                });
            }
            case ORGANISATION -> {
                Rows<Staff> staff = new Rows<>(getTranslation("submission.add.staff"),
                        () -> new Staff("", 1, BigDecimal.ZERO), s -> {
                            TextField position = text("submission.field.position", PlanRules.SHORT_TEXT, null);
                            IntegerField count = new IntegerField(getTranslation("submission.field.headcount"));
                            BigDecimalField wage = money("submission.field.monthly-wage");
                            position.setValue(s.position());
                            count.setValue(s.count());
                            count.setMin(0);
                            count.setReadOnly(readOnly);
                            count.addValueChangeListener(e -> onChange());
                            wage.setValue(s.monthlyWage());
                            return new Rows.Row<>(new Div(position, count, wage), () -> new Staff(position.getValue(),
                                    count.getValue() == null ? 0 : count.getValue(), wage.getValue()));
                        }, this::onChange, readOnly);
                body.add(staff, line("submission.total.wages", staffTotal));
                organisation = () -> new Organisation(staff.values());
                loaders.add(() -> staff.set(loaded.organisation().staff()));
            }
            case FIXED_ASSETS -> {
                Rows<Asset> items = new Rows<>(getTranslation("submission.add.asset"),
                        () -> new Asset("", BigDecimal.ONE, BigDecimal.ZERO), a -> {
                            TextField name = text("submission.field.item", PlanRules.SHORT_TEXT, null);
                            BigDecimalField quantity = number("submission.field.quantity");
                            BigDecimalField price = money("submission.field.unit-price");
                            name.setValue(a.name());
                            quantity.setValue(a.quantity());
                            price.setValue(a.unitPrice());
                            return new Rows.Row<>(new Div(name, quantity, price), () -> new Asset(name.getValue(),
                                    quantity.getValue(), price.getValue()));
                        }, this::onChange, readOnly);
                body.add(items, line("submission.total.fixed-assets", assetsTotal));
                fixedAssets = () -> new FixedAssets(items.values());
                loaders.add(() -> items.set(loaded.fixedAssets().items()));
            }
            case WORKING_CAPITAL -> {
                IntegerField months = new IntegerField(getTranslation("submission.field.months"));
                months.setMin(1);
                months.setMax(PlanRules.MAX_WORKING_CAPITAL_MONTHS);
                months.setStepButtonsVisible(true);
                months.setReadOnly(readOnly);
                months.addValueChangeListener(e -> onChange());
                Rows<MonthlyCost> items = new Rows<>(getTranslation("submission.add.cost"),
                        () -> new MonthlyCost("", BigDecimal.ZERO), c -> {
                            TextField name = text("submission.field.item", PlanRules.SHORT_TEXT, null);
                            BigDecimalField amount = money("submission.field.monthly-amount");
                            name.setValue(c.name());
                            amount.setValue(c.monthlyAmount());
                            return new Rows.Row<>(new Div(name, amount), () -> new MonthlyCost(name.getValue(),
                                    amount.getValue()));
                        }, this::onChange, readOnly);
                body.add(months, items, line("submission.total.working-capital", workingTotal),
                        line("submission.total.startup", startupTotal));
                workingCapital = () -> new WorkingCapital(months.getValue() == null ? 0 : months.getValue(),
                        items.values());
                loaders.add(() -> {
                    months.setValue(loaded.workingCapital().months());
                    items.set(loaded.workingCapital().items());
                });
            }
            case SALES_FORECAST -> {
                Rows<Product> products = new Rows<>(getTranslation("submission.add.product"),
                        () -> new Product("", BigDecimal.ZERO, List.of()), p -> {
                            TextField name = text("submission.field.product-name", PlanRules.SHORT_TEXT, null);
                            BigDecimalField price = money("submission.field.unit-price");
                            Months quantities = new Months("submission.field.quantity-month", p.quantities());
                            name.setValue(p.name());
                            price.setValue(p.unitPrice());
                            return new Rows.Row<>(new Div(name, price, quantities), () -> new Product(name.getValue(),
                                    price.getValue(), quantities.value()));
                        }, this::onChange, readOnly);
                body.add(products, line("submission.total.sales", salesTotal));
                salesForecast = () -> new SalesForecast(products.values());
                loaders.add(() -> products.set(loaded.salesForecast().products()));
            }
            case SALES_AND_COSTS -> {
                Rows<MonthlyLine> costs = monthlyLines("submission.add.cost");
                body.add(new Span(getTranslation("submission.hint.costs")), costs,
                        line("submission.total.costs", costTotal));
                salesAndCosts = () -> new SalesAndCosts(costs.values());
                loaders.add(() -> costs.set(loaded.salesAndCosts().costs()));
            }
            case CASH_FLOW -> {
                BigDecimalField opening = money("submission.field.opening-cash");
                Rows<MonthlyLine> inflows = monthlyLines("submission.add.inflow");
                Rows<MonthlyLine> outflows = monthlyLines("submission.add.outflow");
                cashTable.addClassName("kc-plan-cash");
                body.add(opening, new Span(getTranslation("submission.field.other-inflows")), inflows,
                        new Span(getTranslation("submission.field.other-outflows")), outflows, cashTable, shortMonth);
                cashFlow = () -> new CashFlow(opening.getValue(), inflows.values(), outflows.values());
                loaders.add(() -> {
                    opening.setValue(loaded.cashFlow().openingCash());
                    inflows.set(loaded.cashFlow().otherInflows());
                    outflows.set(loaded.cashFlow().otherOutflows());
                });
            }
        }
    }

    private Rows<MonthlyLine> monthlyLines(String addKey) {
        return new Rows<>(getTranslation(addKey), () -> new MonthlyLine("", List.of()), l -> {
            TextField name = text("submission.field.item", PlanRules.SHORT_TEXT, null);
            Months amounts = new Months("submission.field.amount-month", l.amounts());
            name.setValue(l.name());
            return new Rows.Row<>(new Div(name, amounts), () -> new MonthlyLine(name.getValue(), amounts.value()));
        }, this::onChange, readOnly);
    }

    private void onChange() {
        if (!loading) {
            refreshTotals();
            changed.run();
        }
    }

    private void refreshTotals() {
        PlanTotals totals = PlanTotals.of(value());
        staffTotal.setText(yuan(totals.monthlyWages()));
        assetsTotal.setText(yuan(totals.fixedAssets()));
        workingTotal.setText(yuan(totals.workingCapital()));
        startupTotal.setText(yuan(totals.startupCapital()));
        salesTotal.setText(yuan(totals.sales()));
        costTotal.setText(yuan(totals.costs()) + " / " + getTranslation("submission.total.profit") + " "
                + yuan(totals.profit()));
        cashTable.removeAll();
        for (CashMonth m : totals.cashFlow()) {
            Div row = new Div(new Span(getTranslation("submission.month", m.month())),
                    new Span(getTranslation("submission.cash.in", yuan(m.inflow()))),
                    new Span(getTranslation("submission.cash.out", yuan(m.outflow()))),
                    new Span(getTranslation("submission.cash.closing", yuan(m.closing()))));
            row.addClassName("kc-plan-cash-month");
            if (m.closing().signum() < 0) {
                row.addClassName("kc-negative");
            }
            cashTable.add(row);
        }
        int shortAt = totals.firstShortMonth();
        shortMonth.setText(shortAt == 0 ? "" : getTranslation("submission.cash.short", shortAt));
    }

    private TextField text(String labelKey, int max, @Nullable Div body) {
        TextField field = new TextField(getTranslation(labelKey));
        field.setMaxLength(max);
        field.setWidthFull();
        watch(field);
        if (body != null) {
            body.add(field);
        }
        return field;
    }

    private TextArea area(String labelKey, Div body) {
        TextArea field = new TextArea(getTranslation(labelKey));
        field.setMaxLength(PlanRules.LONG_TEXT);
        field.setWidthFull();
        watch(field);
        body.add(field);
        return field;
    }

    private BigDecimalField money(String labelKey) {
        BigDecimalField field = number(labelKey);
        field.setPrefixComponent(new Span("¥"));
        return field;
    }

    private BigDecimalField number(String labelKey) {
        BigDecimalField field = new BigDecimalField(getTranslation(labelKey));
        field.setWidthFull();
        watch(field);
        return field;
    }

    private void watch(AbstractField<?, ?> field) {
        field.setReadOnly(readOnly);
        field.addValueChangeListener(e -> onChange());
    }

    private Div line(String labelKey, Span value) {
        Div line = new Div(new Span(getTranslation(labelKey) + "："), value);
        line.addClassName("kc-plan-total");
        return line;
    }

    private static Span total() {
        Span span = new Span();
        span.addClassName("kc-plan-total-value");
        return span;
    }

    static String yuan(BigDecimal amount) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.CHINA);
        return format.format(PlanContent.yuan(amount));
    }

    /** Twelve monthly figures, wrapping four to a line on a phone. */
    private final class Months extends Div {

        private final List<BigDecimalField> fields = new ArrayList<>();

        Months(String labelKey, List<BigDecimal> values) {
            addClassName("kc-plan-months");
            for (int m = 0; m < PlanContent.MONTHS; m++) {
                BigDecimalField field = new BigDecimalField(getTranslation(labelKey, m + 1));
                field.setValue(m < values.size() ? values.get(m) : BigDecimal.ZERO);
                field.addClassName("kc-plan-month");
                watch(field);
                fields.add(field);
                add(field);
            }
        }

        List<BigDecimal> value() {
            return fields.stream().map(f -> f.getValue() == null ? BigDecimal.ZERO : f.getValue()).toList();
        }
    }
}
