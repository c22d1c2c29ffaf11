package cn.kaichuang.app.demo;

import static cn.kaichuang.app.demo.DemoSignIn.as;

import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.review.Assignment;
import cn.kaichuang.review.AssignmentState;
import cn.kaichuang.review.CriterionScore;
import cn.kaichuang.review.Expert;
import cn.kaichuang.review.Reviews;
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
import cn.kaichuang.submission.SubmissionStatus;
import cn.kaichuang.submission.Submissions;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The expert review of the demo: a pool of three experts (expert1 of the first institution, two of
 * the others who have no login), and in the first institution a few submitted plans of the
 * completed cohort and of lecturer1's running cohort, allocated and (mostly) scored, so the review
 * results, the province's overview and the assessment dashboard have something to show. Two plans
 * of 株洲's first cohort go to expert1 (of another institution, so eligible) and wait for their
 * score: the demo expert has work on logging in. Looks before it writes, like the rest of the seed.
 */
@Component
class DemoReviews {

    static final List<Expert> POOL = List.of(
            new Expert("expert1", "考评专家 黄振宇", "changsha-xingcheng", "财务、风险评估", true),
            new Expert("demo-expert-zhuzhou", "罗静", "zhuzhou-yandi", "市场营销、餐饮服务", true),
            new Expert("demo-expert-xiangtan", "彭亮", "xiangtan-liancheng", "电子商务、财务", true));
    /** Totals of the two first reviewers per plan; the last plan of each cohort waits for its second. */
    private static final int[][] COMPLETED = {{92, 88}, {80, 76}, {70, 66}, {55, 50}, {86, 84}, {75}};
    private static final int[][] RUNNING = {{83, 79}, {64, 58}, {}};
    /** 株洲's plans: the other expert has scored the first; both wait for expert1. */
    private static final int[][] FOR_EXPERT1 = {{78}, {}};
    private static final List<String> BUSINESSES = List.of("湘味小厨", "麓山文印", "星城花艺", "橘洲果饮", "岳麓家政",
            "天心烘焙");
    private static final List<String> ZHUZHOU_BUSINESSES = List.of("炎陵黄桃铺", "神农茶饮");

    private final Reviews reviews;
    private final Submissions submissions;
    private final Cohorts cohorts;
    private final Trainees trainees;

    DemoReviews(Reviews reviews, Submissions submissions, Cohorts cohorts, Trainees trainees) {
        this.reviews = reviews;
        this.submissions = submissions;
        this.cohorts = cohorts;
        this.trainees = trainees;
    }

    /**
     * The login name of a demo trainee who writes a plan (never an account: the seed signs in as
     * them), or null: in the first institution the trainees after trainee1, in 株洲 two of them.
     */
    static @Nullable String planWriter(DemoInstitution institution, int index) {
        if (institution.equals(DemoData.first())) {
            return index >= 1 && index <= COMPLETED.length ? "demo-trainee-%02d".formatted(index + 1) : null;
        }
        if (institution.equals(zhuzhou())) {
            return index >= 1 && index <= FOR_EXPERT1.length ? "demo-zhuzhou-trainee-%02d".formatted(index + 1) : null;
        }
        return null;
    }

    private static DemoInstitution zhuzhou() {
        return DemoData.INSTITUTIONS.get(1);
    }

    void seed() {
        List<String> known = reviews.experts().stream().map(Expert::username).toList();
        POOL.stream().filter(e -> !known.contains(e.username())).forEach(reviews::saveExpert);
        TenantCode tenant = DemoData.first().code();
        List<CohortView> all = TenantContext.call(tenant, cohorts::all);
        for (DemoInstitution.Cohort planned : DemoData.first().cohorts()) {
            int[][] totals = switch (planned.status()) {
                case COMPLETED -> COMPLETED;
                case RUNNING -> RUNNING;
                default -> null;
            };
            Optional<CohortView> cohort = all.stream().filter(c -> c.name().equals(planned.name())).findFirst();
            if (totals != null && cohort.isPresent()) {
                review(DemoData.first(), cohort.get().id(), totals, BUSINESSES);
            }
        }
        TenantCode zhuzhou = zhuzhou().code();
        String firstCohort = zhuzhou().cohorts().getFirst().name();
        TenantContext.call(zhuzhou, cohorts::all).stream().filter(c -> c.name().equals(firstCohort)).findFirst()
                .ifPresent(cohort -> review(zhuzhou(), cohort.id(), FOR_EXPERT1, ZHUZHOU_BUSINESSES));
    }

    /** Submits a plan per line of totals, allocates, and scores as the other experts (never expert1). */
    private void review(DemoInstitution institution, CohortId cohort, int[][] totals, List<String> businesses) {
        TenantCode tenant = institution.code();
        for (int i = 0; i < totals.length; i++) {
            String username = planWriter(institution, i + 1);
            Optional<TraineeView> trainee = Optional.ofNullable(username)
                    .flatMap(name -> TenantContext.call(tenant, () -> trainees.findByUsername(name)));
            if (trainee.isEmpty()) {
                return;
            }
            Caller caller = new Caller(username, trainee.get().name(), Role.TRAINEE, tenant.value(), null);
            String district = institution.equals(DemoData.first()) ? "长沙市岳麓区" : "株洲市天元区";
            PlanContent plan = plan(businesses.get(i), district, trainee.get().name(), i);
            TenantContext.run(tenant, () -> as(caller, () -> {
                if (submissions.mine(cohort).status() == SubmissionStatus.NOT_STARTED) {
                    submissions.save(cohort, plan);
                    submissions.submit(cohort);
                }
                return null;
            }));
        }
        if (reviews.results(tenant, cohort).stream().allMatch(r -> r.reviews().isEmpty())) {
            reviews.allocate(tenant, cohort, 20261101L);
        }
        List<Long> plans = reviews.results(tenant, cohort).stream().map(r -> r.submissionId()).toList();
        List<Assignment> assignments = reviews.overview().stream()
                .filter(a -> a.tenant().equals(tenant.value()) && a.cohortId() == cohort.value()).toList();
        for (int p = 0; p < Math.min(plans.size(), totals.length); p++) {
            long plan = plans.get(p);
            List<Assignment> mine = assignments.stream().filter(a -> a.submissionId() == plan)
                    .filter(a -> !a.expert().equals(DemoAccounts.of(Role.EXPERT).username())).toList();
            for (int r = 0; r < Math.min(mine.size(), totals[p].length); r++) {
                Assignment a = mine.get(r);
                if (a.state() == AssignmentState.ASSIGNED) {
                    int total = totals[p][r];
                    as(new Caller(a.expert(), a.expert(), Role.EXPERT, null, null),
                            () -> reviews.score(a.id(), sheet(total)));
                }
            }
        }
    }

    /** A score sheet of the SYB rubric adding up to {@code total}, with short comments. */
    private static List<CriterionScore> sheet(int total) {
        int[] max = {20, 20, 30, 15, 15};
        String[] keys = {"market", "marketing", "finance", "team", "risk"};
        String[] comments = {"目标顾客清楚，市场规模有依据", "定价与渠道匹配", "启动资金与现金流测算基本合理", "分工明确",
            "已考虑主要经营风险"};
        List<CriterionScore> sheet = new ArrayList<>();
        int left = total;
        for (int i = 0; i < max.length; i++) {
            int share = i == max.length - 1 ? left : Math.min(left, Math.round(total * max[i] / 100f));
            sheet.add(new CriterionScore(keys[i], share, comments[i]));
            left -= share;
        }
        return sheet;
    }

    /** A small shop that makes a modest profit: two staff, rent, and materials at 35 % of sales. */
    private static PlanContent plan(String name, String address, String founder, int variant) {
        BigDecimal price = new BigDecimal(12 + variant * 2);
        BigDecimal monthlyQuantity = new BigDecimal(1200 + variant * 100);
        List<BigDecimal> qty = Collections.nCopies(12, monthlyQuantity);
        List<BigDecimal> rent = Collections.nCopies(12, new BigDecimal("1800"));
        List<BigDecimal> materials = Collections.nCopies(12, price.multiply(monthlyQuantity)
                .multiply(new BigDecimal("0.35")));
        List<BigDecimal> loan = new ArrayList<>(Collections.nCopies(12, BigDecimal.ZERO));
        loan.set(0, new BigDecimal("20000"));
        return new PlanContent(new PlanContent.Overview(name, "服务业", "个体工商户", address, name + "：面向周边社区和高校",
                ""),
                new PlanContent.Founder(founder, "大专", "相关行业工作三年", "经营管理", "带动家人就业"),
                new PlanContent.Market("周边居民和学生", "约两万人", List.of()),
                new PlanContent.Marketing("主营产品与服务", price + " 元起", "门店与外卖平台", "开业优惠、会员卡"),
                new Organisation(List.of(new Staff("店员", 2, new BigDecimal("3500")))),
                new FixedAssets(List.of(new Asset("设备", new BigDecimal("2"), new BigDecimal("5800")))),
                new WorkingCapital(3, List.of(new MonthlyCost("房租", new BigDecimal("1800")),
                        new MonthlyCost("原料", new BigDecimal("3500")))),
                new SalesForecast(List.of(new Product("主营产品", price, qty))),
                new SalesAndCosts(List.of(new MonthlyLine("房租", rent), new MonthlyLine("原料", materials))),
                new CashFlow(new BigDecimal("5000"), List.of(new MonthlyLine("贷款", loan)), List.of()));
    }
}
