package cn.kaichuang.submission;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One version of a plan, section by section as the SYB plan (创业计划书) has them; stored as JSON.
 * Missing parts read as empty, so an older or partial version always opens. Amounts are yuan.
 */
public record PlanContent(Overview overview, Founder founder, Market market, Marketing marketing,
        Organisation organisation, FixedAssets fixedAssets, WorkingCapital workingCapital,
        SalesForecast salesForecast, SalesAndCosts salesAndCosts, CashFlow cashFlow) {

    public static final int MONTHS = 12;

    public PlanContent(@Nullable Overview overview, @Nullable Founder founder, @Nullable Market market,
            @Nullable Marketing marketing, @Nullable Organisation organisation, @Nullable FixedAssets fixedAssets,
            @Nullable WorkingCapital workingCapital, @Nullable SalesForecast salesForecast,
            @Nullable SalesAndCosts salesAndCosts, @Nullable CashFlow cashFlow) {
        this.overview = overview != null ? overview : new Overview("", "", "", "", "", "");
        this.founder = founder != null ? founder : new Founder("", "", "", "", "");
        this.market = market != null ? market : new Market("", "", List.of());
        this.marketing = marketing != null ? marketing : new Marketing("", "", "", "");
        this.organisation = organisation != null ? organisation : new Organisation(List.of());
        this.fixedAssets = fixedAssets != null ? fixedAssets : new FixedAssets(List.of());
        this.workingCapital = workingCapital != null ? workingCapital : new WorkingCapital(3, List.of());
        this.salesForecast = salesForecast != null ? salesForecast : new SalesForecast(List.of());
        this.salesAndCosts = salesAndCosts != null ? salesAndCosts : new SalesAndCosts(List.of());
        this.cashFlow = cashFlow != null ? cashFlow : new CashFlow(BigDecimal.ZERO, List.of(), List.of());
    }

    public static PlanContent empty() {
        return new PlanContent(null, null, null, null, null, null, null, null, null, null);
    }

    /** 企业概况; {@code onlineShop} is the shop or platform of an online business. */
    public record Overview(String name, String industry, String legalForm, String address, String description,
            String onlineShop) {
        public Overview {
            name = text(name);
            industry = text(industry);
            legalForm = text(legalForm);
            address = text(address);
            description = text(description);
            onlineShop = text(onlineShop);
        }
    }

    /** 创业者个人情况. */
    public record Founder(String name, String education, String experience, String skills, String motivation) {
        public Founder {
            name = text(name);
            education = text(education);
            experience = text(experience);
            skills = text(skills);
            motivation = text(motivation);
        }
    }

    /** 市场评估: who buys, how many, and who else sells. */
    public record Market(String customers, String marketSize, List<Competitor> competitors) {
        public Market {
            customers = text(customers);
            marketSize = text(marketSize);
            competitors = rows(competitors);
        }
    }

    public record Competitor(String name, String strengths, String weaknesses) {
        public Competitor {
            name = text(name);
            strengths = text(strengths);
            weaknesses = text(weaknesses);
        }
    }

    /** 市场营销计划: the four Ps. */
    public record Marketing(String product, String price, String place, String promotion) {
        public Marketing {
            product = text(product);
            price = text(price);
            place = text(place);
            promotion = text(promotion);
        }
    }

    /** 企业组织结构: positions, headcount and monthly wage each. */
    public record Organisation(List<Staff> staff) {
        public Organisation {
            staff = rows(staff);
        }
    }

    public record Staff(String position, int count, BigDecimal monthlyWage) {
        public Staff {
            position = text(position);
            monthlyWage = amount(monthlyWage);
        }

        public BigDecimal monthlyTotal() {
            return yuan(monthlyWage.multiply(BigDecimal.valueOf(count)));
        }
    }

    /** 固定资产: items bought once. */
    public record FixedAssets(List<Asset> items) {
        public FixedAssets {
            items = rows(items);
        }
    }

    public record Asset(String name, BigDecimal quantity, BigDecimal unitPrice) {
        public Asset {
            name = text(name);
            quantity = amount(quantity);
            unitPrice = amount(unitPrice);
        }

        public BigDecimal total() {
            return yuan(quantity.multiply(unitPrice));
        }
    }

    /** 流动资金: what must be paid each month until sales carry the business, for {@code months} months. */
    public record WorkingCapital(int months, List<MonthlyCost> items) {
        public WorkingCapital {
            items = rows(items);
        }
    }

    public record MonthlyCost(String name, BigDecimal monthlyAmount) {
        public MonthlyCost {
            name = text(name);
            monthlyAmount = amount(monthlyAmount);
        }
    }

    /** 销售预测: twelve months of quantities per product at one unit price. */
    public record SalesForecast(List<Product> products) {
        public SalesForecast {
            products = rows(products);
        }
    }

    public record Product(String name, BigDecimal unitPrice, List<BigDecimal> quantities) {
        public Product {
            name = text(name);
            unitPrice = amount(unitPrice);
            quantities = months(quantities);
        }

        public BigDecimal revenue(int month) {
            return yuan(quantities.get(month).multiply(unitPrice));
        }
    }

    /** 销售和成本计划: the monthly costs besides wages (which come from the organisation). */
    public record SalesAndCosts(List<MonthlyLine> costs) {
        public SalesAndCosts {
            costs = rows(costs);
        }
    }

    /** A named amount for each of the twelve months. */
    public record MonthlyLine(String name, List<BigDecimal> amounts) {
        public MonthlyLine {
            name = text(name);
            amounts = months(amounts);
        }
    }

    /**
     * 现金流量计划: cash at the start, and the inflows and outflows besides sales and costs (owner's
     * investment, loans; equipment bought, repayments).
     */
    public record CashFlow(BigDecimal openingCash, List<MonthlyLine> otherInflows, List<MonthlyLine> otherOutflows) {
        public CashFlow {
            openingCash = amount(openingCash);
            otherInflows = rows(otherInflows);
            otherOutflows = rows(otherOutflows);
        }
    }

    static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    static BigDecimal amount(@Nullable BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static <T> List<T> rows(@Nullable List<T> rows) {
        return rows == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(rows));
    }

    /** Twelve amounts: missing months are 0; extra ones are kept so validation can refuse them. */
    static List<BigDecimal> months(@Nullable List<BigDecimal> values) {
        List<BigDecimal> months = new ArrayList<>(values == null ? List.of() : values);
        months.replaceAll(PlanContent::amount);
        while (months.size() < MONTHS) {
            months.add(BigDecimal.ZERO);
        }
        return Collections.unmodifiableList(months);
    }

    public static BigDecimal yuan(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
