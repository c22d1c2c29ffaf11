package cn.kaichuang.app.demo;

import cn.kaichuang.cohort.CohortStatus;
import cn.kaichuang.cohort.CohortView;
import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.TraineeView;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.followup.FollowupSurveys;
import cn.kaichuang.followup.Industry;
import cn.kaichuang.followup.ModelTrainees;
import cn.kaichuang.followup.Need;
import cn.kaichuang.followup.Survey;
import cn.kaichuang.followup.SurveyAnswer;
import cn.kaichuang.followup.SurveyStatus;
import cn.kaichuang.identity.Role;
import cn.kaichuang.tenancy.TenantContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Follow-up data of the demo: the completed cohort of the first institution gets its 3-month surveys
 * at once (the demo cannot wait three months), a few trainees' answers taken "on the phone" so the
 * KPIs are not empty, trainee1's left open for the trainee to answer, and two model-trainee proposals:
 * one published, one waiting for the province. Looks before it writes, like the rest of the seed.
 */
@Component
class DemoFollowup {

    /** Trainees 2-6 of the completed cohort (by position in its roster) answered: who, what. */
    private static final List<SurveyAnswer> ANSWERS = List.of(
            new SurveyAnswer(true, code("91430104MA4L3B7K2"), Industry.H, 4, false, Set.of(Need.FUNDING, Need.VENUE)),
            new SurveyAnswer(false, null, null, 0, true, Set.of(Need.TRAINING)),
            new SurveyAnswer(true, code("92430103MA4L5C1D0"), Industry.F, 2, false, Set.of(Need.MARKETING)),
            new SurveyAnswer(false, null, null, 0, false, Set.of(Need.POLICY, Need.MENTORING)),
            new SurveyAnswer(true, code("91430111MA4L8E2F6"), Industry.I, 6, false, Set.of(Need.RECRUITMENT)));

    private final FollowupSurveys surveys;
    private final ModelTrainees models;
    private final Cohorts cohorts;
    private final Trainees trainees;

    private final Clock clock;

    DemoFollowup(FollowupSurveys surveys, ModelTrainees models, Cohorts cohorts, Trainees trainees,
            Optional<Clock> clock) {
        this.clock = clock.orElse(Clock.systemUTC());
        this.surveys = surveys;
        this.models = models;
        this.cohorts = cohorts;
        this.trainees = trainees;
    }

    void seed() {
        // Completion dates are China dates: the first wave falls due that many months after China's today.
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        DemoInstitution first = DemoData.first();
        TenantContext.run(first.code(), () -> {
            Optional<CohortView> completed = cohorts.all().stream()
                    .filter(c -> c.status() == CohortStatus.COMPLETED).findFirst();
            if (completed.isEmpty()) {
                return;
            }
            surveys.schedule(today.plusMonths(surveys.waves().getFirst()));
            Optional<TraineeId> trainee1 = trainees.findByUsername(DemoAccounts.of(Role.TRAINEE).username())
                    .map(TraineeView::id);
            List<TraineeId> roster = cohorts.roster(completed.get().id()).stream()
                    .filter(t -> trainee1.map(t1 -> !t1.equals(t)).orElse(true)).toList();
            List<Survey> open = surveys.list(SurveyStatus.OPEN, 0, 1000).stream()
                    .filter(s -> s.cohort().equals(completed.get().id())).toList();
            for (int i = 0; i < ANSWERS.size() && i < roster.size(); i++) {
                TraineeId who = roster.get(i);
                SurveyAnswer answer = ANSWERS.get(i);
                open.stream().filter(s -> s.trainee().equals(who)).findFirst()
                        .ifPresent(s -> surveys.answerByPhone(s.id(), answer));
            }
            if (models.ofInstitution().isEmpty() && roster.size() >= 3) {
                long published = models.propose(completed.get().id(), roster.get(0), "从学员到社区烘焙店老板",
                        "参加 SYB 培训后，在岳麓区开了一家社区烘焙店。培训中完成的创业计划书帮助她申请到了创业担保贷款，"
                                + "开业半年已雇用四名员工，其中两位是同期学员。");
                models.publish(published);
                models.propose(completed.get().id(), roster.get(2), "返乡开网店，带动乡邻增收",
                        "结业后回到家乡，通过网店销售浏阳特产，统一采购乡邻的农产品，已带动两人就业，月销售额稳定在三万元左右。");
            }
        });
    }

    /** A demo credit code: 17 characters and the check character they call for. */
    private static String code(String first17) {
        return first17 + cn.kaichuang.followup.CreditCode.checkCharacter(first17);
    }
}
