package cn.kaichuang.review;

import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.review.internal.SummaryExcel;
import cn.kaichuang.review.internal.SummaryPdf;
import cn.kaichuang.tenancy.Tenant;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What the review produces for people who did not score: a cohort's summary sheet for its
 * institution (as data, an A4 PDF to sign and an Excel sheet), and the province's overview per
 * institution. Reach follows {@link Reviews#results} and {@link Cohorts#find}: a cohort out of reach
 * is "not found", its refusal audited there.
 */
@Service
public class ReviewReports {

    private final Reviews reviews;
    private final Cohorts cohorts;
    private final TenantDirectory tenants;
    private final SummaryPdf pdf;
    private final SummaryExcel excel;
    private final Clock clock;

    ReviewReports(Reviews reviews, Cohorts cohorts, TenantDirectory tenants, SummaryPdf pdf, SummaryExcel excel,
            Optional<Clock> clock) {
        this.reviews = reviews;
        this.cohorts = cohorts;
        this.tenants = tenants;
        this.pdf = pdf;
        this.excel = excel;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The cohort's summary; {@code review.error.cohort-not-found} for a cohort out of the caller's reach. */
    public ReviewSummary summary(TenantCode tenant, CohortId cohortId) {
        CohortView cohort = TenantContext.call(tenant, () -> cohorts.find(cohortId))
                .orElseThrow(() -> new ReviewException("review.error.cohort-not-found"));
        List<ReviewSummary.Line> lines = reviews.results(tenant, cohortId).stream().map(ReviewReports::line).toList();
        String institution = tenants.find(tenant).map(Tenant::name).orElse(tenant.value());
        return new ReviewSummary(institution, cohort.name(), cohort.courseType(), clock.instant(), lines);
    }

    /** The summary as a printable A4 PDF in Chinese, with a line for the signatures. */
    public byte[] summaryPdf(TenantCode tenant, CohortId cohort) {
        return pdf.render(summary(tenant, cohort));
    }

    /** The summary as an .xlsx workbook. */
    public void summaryExcel(TenantCode tenant, CohortId cohort, OutputStream out) {
        ReviewSummary summary = summary(tenant, cohort);
        try {
            excel.write(summary, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ReviewSummary.Line line(PlanResult result) {
        List<ReviewSummary.Mark> first = new ArrayList<>();
        ReviewSummary.Mark second = null;
        for (PlanResult.Review r : result.reviews()) {
            ReviewSummary.Mark mark = new ReviewSummary.Mark(r.expertName(), r.total());
            if (r.round() == 1) {
                first.add(mark);
            } else {
                second = mark;
            }
        }
        String number = result.reviews().isEmpty() ? "—" : result.reviews().getFirst().planNumber();
        return new ReviewSummary.Line(number, result.traineeName(), first, second, result.finalScore(),
                result.grade());
    }

    /** Per institution: plans allocated, settled, waiting for a third reviewer, grades. The province only. */
    public List<InstitutionReviews> institutions() {
        List<Assignment> all = reviews.overview();
        Map<String, String> names = tenants.all().stream()
                .collect(Collectors.toMap(t -> t.code().value(), Tenant::name, (a, b) -> a));
        Map<String, List<Assignment>> byTenant = all.stream()
                .collect(Collectors.groupingBy(Assignment::tenant, LinkedHashMap::new, Collectors.toList()));
        return byTenant.entrySet().stream().map(entry -> {
            Map<Long, List<Assignment>> byPlan = entry.getValue().stream()
                    .collect(Collectors.groupingBy(Assignment::submissionId));
            Map<Grade, Integer> grades = new EnumMap<>(Grade.class);
            for (Grade g : Grade.values()) {
                grades.put(g, 0);
            }
            int reviewed = 0;
            int waiting = 0;
            for (List<Assignment> plan : byPlan.values()) {
                boolean third = plan.stream().anyMatch(a -> a.round() == 2);
                Integer score = Reviews.finalScore(plan.stream().map(Assignment::total).filter(Objects::nonNull)
                        .toList(), third, reviews.threshold());
                if (score != null) {
                    reviewed++;
                    grades.merge(Grade.of(score), 1, Integer::sum);
                } else if (third) {
                    waiting++;
                }
            }
            int scored = (int) entry.getValue().stream().filter(a -> a.state() == AssignmentState.SCORED).count();
            return new InstitutionReviews(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()),
                    byPlan.size(), reviewed, waiting, entry.getValue().size(), scored, grades);
        }).sorted(Comparator.comparing(InstitutionReviews::institutionName)).toList();
    }
}
