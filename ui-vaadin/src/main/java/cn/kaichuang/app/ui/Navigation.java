package cn.kaichuang.app.ui;

import cn.kaichuang.app.ui.approvals.ApprovalsView;
import cn.kaichuang.app.ui.attendance.AttendanceView;
import cn.kaichuang.app.ui.attendance.CheckInDeskView;
import cn.kaichuang.app.ui.attendance.MyAttendanceView;
import cn.kaichuang.app.ui.assessment.AssessmentView;
import cn.kaichuang.app.ui.audit.AuditLogView;
import cn.kaichuang.app.ui.certificate.CertificatesView;
import cn.kaichuang.app.ui.certificate.CompletionRulesView;
import cn.kaichuang.app.ui.console.ConsoleCertificatesView;
import cn.kaichuang.app.ui.console.ConsoleCohortsView;
import cn.kaichuang.app.ui.console.ConsoleView;
import cn.kaichuang.app.ui.courseware.CoursewareView;
import cn.kaichuang.app.ui.exam.ExamSittingsView;
import cn.kaichuang.app.ui.exam.MyExamsView;
import cn.kaichuang.app.ui.evaluation.EvaluateView;
import cn.kaichuang.app.ui.evaluation.EvaluationsView;
import cn.kaichuang.app.ui.exam.PapersView;
import cn.kaichuang.app.ui.followup.FollowupView;
import cn.kaichuang.app.ui.followup.ModelTraineesView;
import cn.kaichuang.app.ui.followup.MySurveysView;
import cn.kaichuang.app.ui.followup.OutcomeKpisView;
import cn.kaichuang.app.ui.home.WorkbenchView;
import cn.kaichuang.app.ui.institution.CohortsView;
import cn.kaichuang.app.ui.institution.MyInstitutionView;
import cn.kaichuang.app.ui.institution.TraineesView;
import cn.kaichuang.app.ui.lecturer.DevelopmentView;
import cn.kaichuang.app.ui.lecturer.LecturerPoolView;
import cn.kaichuang.app.ui.lecturer.LecturersView;
import cn.kaichuang.app.ui.notification.NotificationsView;
import cn.kaichuang.app.ui.notification.TodosView;
import cn.kaichuang.app.ui.operations.RequestStatisticsView;
import cn.kaichuang.app.ui.outreach.ConsultationView;
import cn.kaichuang.app.ui.outreach.CourseAdminView;
import cn.kaichuang.app.ui.outreach.EventAdminView;
import cn.kaichuang.app.ui.outreach.LiveAdminView;
import cn.kaichuang.app.ui.outreach.MentorAdminView;
import cn.kaichuang.app.ui.outreach.PolicyAdminView;
import cn.kaichuang.app.ui.outreach.ServiceAdminView;
import cn.kaichuang.app.ui.outreach.ServicesHubView;
import cn.kaichuang.app.ui.people.PeopleView;
import cn.kaichuang.app.ui.protection.FirewallView;
import cn.kaichuang.app.ui.province.InstitutionsView;
import cn.kaichuang.app.ui.question.QuestionBankView;
import cn.kaichuang.app.ui.review.CohortReviewsView;
import cn.kaichuang.app.ui.review.ExpertsView;
import cn.kaichuang.app.ui.review.ReviewOverviewView;
import cn.kaichuang.app.ui.review.ReviewsView;
import cn.kaichuang.app.ui.selfassessment.InstrumentView;
import cn.kaichuang.app.ui.selfassessment.SelfAssessmentView;
import cn.kaichuang.app.ui.submission.MyPlanView;
import cn.kaichuang.app.ui.submission.SubmissionsView;
import cn.kaichuang.app.ui.teaching.LearningStatisticsView;
import cn.kaichuang.app.ui.teaching.MyResourcesView;
import cn.kaichuang.app.ui.teaching.MyTasksView;
import cn.kaichuang.app.ui.teaching.TeachingResourcesView;
import cn.kaichuang.app.ui.teaching.TeachingTasksView;
import cn.kaichuang.app.ui.trainee.MyLearningView;
import cn.kaichuang.identity.Caller;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.security.Principal;
import java.util.List;

/**
 * The menu. Which entries a user sees follows from each view's {@code @RolesAllowed}, checked
 * against the user's role, so the menu can never offer a view the router would refuse.
 */
public final class Navigation {

    /** One menu entry; the first one a user may open is their home. */
    public record Entry(Class<? extends Component> view, String titleKey, VaadinIcon icon) {
    }

    static final List<Entry> ENTRIES = List.of(
            new Entry(InstitutionsView.class, "nav.institutions", VaadinIcon.INSTITUTION),
            new Entry(ConsoleView.class, "nav.console", VaadinIcon.DASHBOARD),
            new Entry(ConsoleCohortsView.class, "nav.console-cohorts", VaadinIcon.CALENDAR_O),
            new Entry(ConsoleCertificatesView.class, "nav.console-certificates", VaadinIcon.DIPLOMA_SCROLL),
            new Entry(ApprovalsView.class, "nav.approvals", VaadinIcon.CHECK_SQUARE_O),
            new Entry(PeopleView.class, "nav.people", VaadinIcon.USER_CARD),
            new Entry(LecturerPoolView.class, "nav.lecturer-pool", VaadinIcon.USER_STAR),
            new Entry(CohortsView.class, "nav.cohorts", VaadinIcon.CALENDAR),
            new Entry(TraineesView.class, "nav.trainees", VaadinIcon.USERS),
            new Entry(LecturersView.class, "nav.lecturers", VaadinIcon.USER_STAR),
            new Entry(DevelopmentView.class, "nav.lecturer-development", VaadinIcon.ACADEMY_CAP),
            new Entry(MyInstitutionView.class, "nav.my-institution", VaadinIcon.BUILDING),
            new Entry(CertificatesView.class, "nav.certificates", VaadinIcon.DIPLOMA),
            new Entry(AttendanceView.class, "nav.attendance", VaadinIcon.CALENDAR_USER),
            new Entry(CheckInDeskView.class, "nav.check-in-desk", VaadinIcon.QRCODE),
            new Entry(CompletionRulesView.class, "nav.completion-rules", VaadinIcon.CHECK_SQUARE_O),
            new Entry(CoursewareView.class, "nav.courseware", VaadinIcon.BOOK),
            new Entry(QuestionBankView.class, "nav.question-bank", VaadinIcon.QUESTION_CIRCLE_O),
            new Entry(PapersView.class, "nav.exam-papers", VaadinIcon.FILE_TREE),
            new Entry(SubmissionsView.class, "nav.submissions", VaadinIcon.FILE_TEXT_O),
            new Entry(AuditLogView.class, "nav.audit", VaadinIcon.RECORDS),
            new Entry(FirewallView.class, "nav.firewall", VaadinIcon.SHIELD),
            new Entry(RequestStatisticsView.class, "nav.operations", VaadinIcon.CHART),
            new Entry(MyLearningView.class, "nav.my-learning", VaadinIcon.ACADEMY_CAP),
            new Entry(MyPlanView.class, "nav.my-plan", VaadinIcon.FILE_TEXT),
            new Entry(MyAttendanceView.class, "nav.my-attendance", VaadinIcon.CALENDAR_CLOCK),
            new Entry(WorkbenchView.class, "nav.workbench", VaadinIcon.HOME),
            new Entry(ReviewsView.class, "nav.reviews", VaadinIcon.CLIPBOARD_CHECK),
            new Entry(TeachingTasksView.class, "nav.teaching-tasks", VaadinIcon.TASKS),
            new Entry(TeachingResourcesView.class, "nav.teaching-resources", VaadinIcon.FILM),
            new Entry(LearningStatisticsView.class, "nav.learning-statistics", VaadinIcon.BAR_CHART),
            new Entry(MyTasksView.class, "nav.my-tasks", VaadinIcon.TASKS),
            new Entry(MyResourcesView.class, "nav.my-resources", VaadinIcon.PLAY_CIRCLE_O),
            new Entry(ExpertsView.class, "nav.experts", VaadinIcon.USER_CHECK),
            new Entry(ReviewOverviewView.class, "nav.review-overview", VaadinIcon.CLIPBOARD_TEXT),
            new Entry(CohortReviewsView.class, "nav.review-results", VaadinIcon.CLIPBOARD_CHECK),
            new Entry(AssessmentView.class, "nav.assessment", VaadinIcon.BAR_CHART),
            new Entry(ExamSittingsView.class, "nav.exam-sittings", VaadinIcon.CALENDAR_CLOCK),
            new Entry(MyExamsView.class, "nav.my-exams", VaadinIcon.EDIT),
            new Entry(PolicyAdminView.class, "nav.outreach-policies", VaadinIcon.FILE_TEXT_O),
            new Entry(EventAdminView.class, "nav.outreach-events", VaadinIcon.CALENDAR_O),
            new Entry(CourseAdminView.class, "nav.outreach-courses", VaadinIcon.ACADEMY_CAP),
            new Entry(MentorAdminView.class, "nav.outreach-mentors", VaadinIcon.USER_STAR),
            new Entry(LiveAdminView.class, "nav.outreach-live", VaadinIcon.PLAY_CIRCLE_O),
            new Entry(ServiceAdminView.class, "nav.outreach-services", VaadinIcon.HANDSHAKE),
            new Entry(ConsultationView.class, "nav.consultation", VaadinIcon.COMMENTS_O),
            new Entry(ServicesHubView.class, "nav.services-hub", VaadinIcon.HANDSHAKE),
            new Entry(FollowupView.class, "nav.followup", VaadinIcon.PHONE),
            new Entry(OutcomeKpisView.class, "nav.outcomes", VaadinIcon.TRENDING_UP),
            new Entry(ModelTraineesView.class, "nav.model-trainees", VaadinIcon.STAR),
            new Entry(MySurveysView.class, "nav.my-surveys", VaadinIcon.CLIPBOARD_TEXT),
            new Entry(TodosView.class, "nav.todos", VaadinIcon.TASKS),
            new Entry(NotificationsView.class, "nav.notifications", VaadinIcon.BELL),
            new Entry(EvaluationsView.class, "nav.evaluations", VaadinIcon.STAR),
            new Entry(InstrumentView.class, "nav.self-assessment-instrument", VaadinIcon.CLIPBOARD_TEXT),
            new Entry(EvaluateView.class, "nav.evaluate", VaadinIcon.STAR_O),
            new Entry(SelfAssessmentView.class, "nav.self-assessment", VaadinIcon.CHART_3D));

    private static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

    private Navigation() {
    }

    public static List<Entry> entriesFor(Caller user) {
        Principal principal = user::username;
        return ENTRIES.stream()
                .filter(entry -> ACCESS.hasAccess(entry.view(), principal,
                        role -> user.role() != null && user.role().name().equals(role)))
                .toList();
    }

    public static Class<? extends Component> homeOf(Caller user) {
        return entriesFor(user).stream().findFirst().map(Entry::view)
                .orElseThrow(() -> new IllegalStateException("No view for role " + user.role()));
    }
}
