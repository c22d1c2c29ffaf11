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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The menu. Which entries a user sees follows from each view's {@code @RolesAllowed}, checked
 * against the user's role, so the menu can never offer a view the router would refuse.
 */
public final class Navigation {

    /** The menu's sections, in this order; a long menu shows them as labelled groups. */
    public enum Area {
        HOME, SUPERVISION, MANAGEMENT, TEACHING, ASSESSMENT, FOLLOW_UP, SYSTEM, PERSONAL;

        public String titleKey() {
            return "nav.area." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** One menu entry; the first one a user may open is their home. */
    public record Entry(Class<? extends Component> view, String titleKey, VaadinIcon icon, Area area) {
    }

    /** Entries of one area as a user sees them. */
    public record Section(Area area, List<Entry> entries) {
    }

    /** Up to this many entries the menu is one plain list; beyond, it is grouped by area. */
    static final int PLAIN_MENU_LIMIT = 9;

    static final List<Entry> ENTRIES = List.of(
            new Entry(MyLearningView.class, "nav.my-learning", VaadinIcon.ACADEMY_CAP, Area.HOME),
            new Entry(WorkbenchView.class, "nav.workbench", VaadinIcon.HOME, Area.HOME),
            new Entry(InstitutionsView.class, "nav.institutions", VaadinIcon.INSTITUTION, Area.SUPERVISION),
            new Entry(ConsoleView.class, "nav.console", VaadinIcon.DASHBOARD, Area.SUPERVISION),
            new Entry(ConsoleCohortsView.class, "nav.console-cohorts", VaadinIcon.CALENDAR_O, Area.SUPERVISION),
            new Entry(ConsoleCertificatesView.class, "nav.console-certificates", VaadinIcon.DIPLOMA_SCROLL, Area.SUPERVISION),
            new Entry(ApprovalsView.class, "nav.approvals", VaadinIcon.CHECK_SQUARE_O, Area.SUPERVISION),
            new Entry(PeopleView.class, "nav.people", VaadinIcon.USER_CARD, Area.SUPERVISION),
            new Entry(LecturerPoolView.class, "nav.lecturer-pool", VaadinIcon.USER_STAR, Area.SUPERVISION),
            new Entry(ReviewOverviewView.class, "nav.review-overview", VaadinIcon.CLIPBOARD_TEXT, Area.SUPERVISION),
            new Entry(CohortsView.class, "nav.cohorts", VaadinIcon.CALENDAR, Area.MANAGEMENT),
            new Entry(TraineesView.class, "nav.trainees", VaadinIcon.USERS, Area.MANAGEMENT),
            new Entry(LecturersView.class, "nav.lecturers", VaadinIcon.USER_STAR, Area.MANAGEMENT),
            new Entry(DevelopmentView.class, "nav.lecturer-development", VaadinIcon.ACADEMY_CAP, Area.MANAGEMENT),
            new Entry(MyInstitutionView.class, "nav.my-institution", VaadinIcon.BUILDING, Area.MANAGEMENT),
            new Entry(CertificatesView.class, "nav.certificates", VaadinIcon.DIPLOMA, Area.MANAGEMENT),
            new Entry(CompletionRulesView.class, "nav.completion-rules", VaadinIcon.CHECK_SQUARE_O, Area.MANAGEMENT),
            new Entry(AttendanceView.class, "nav.attendance", VaadinIcon.CALENDAR_USER, Area.TEACHING),
            new Entry(CheckInDeskView.class, "nav.check-in-desk", VaadinIcon.QRCODE, Area.TEACHING),
            new Entry(CoursewareView.class, "nav.courseware", VaadinIcon.BOOK, Area.TEACHING),
            new Entry(MyAttendanceView.class, "nav.my-attendance", VaadinIcon.CALENDAR_CLOCK, Area.TEACHING),
            new Entry(TeachingTasksView.class, "nav.teaching-tasks", VaadinIcon.TASKS, Area.TEACHING),
            new Entry(TeachingResourcesView.class, "nav.teaching-resources", VaadinIcon.FILM, Area.TEACHING),
            new Entry(LearningStatisticsView.class, "nav.learning-statistics", VaadinIcon.BAR_CHART, Area.TEACHING),
            new Entry(MyTasksView.class, "nav.my-tasks", VaadinIcon.TASKS, Area.TEACHING),
            new Entry(MyResourcesView.class, "nav.my-resources", VaadinIcon.PLAY_CIRCLE_O, Area.TEACHING),
            new Entry(EvaluationsView.class, "nav.evaluations", VaadinIcon.STAR, Area.TEACHING),
            new Entry(InstrumentView.class, "nav.self-assessment-instrument", VaadinIcon.CLIPBOARD_TEXT, Area.TEACHING),
            new Entry(EvaluateView.class, "nav.evaluate", VaadinIcon.STAR_O, Area.TEACHING),
            new Entry(SelfAssessmentView.class, "nav.self-assessment", VaadinIcon.CHART_3D, Area.TEACHING),
            new Entry(QuestionBankView.class, "nav.question-bank", VaadinIcon.QUESTION_CIRCLE_O, Area.ASSESSMENT),
            new Entry(PapersView.class, "nav.exam-papers", VaadinIcon.FILE_TREE, Area.ASSESSMENT),
            new Entry(SubmissionsView.class, "nav.submissions", VaadinIcon.FILE_TEXT_O, Area.ASSESSMENT),
            new Entry(MyPlanView.class, "nav.my-plan", VaadinIcon.FILE_TEXT, Area.ASSESSMENT),
            new Entry(ReviewsView.class, "nav.reviews", VaadinIcon.CLIPBOARD_CHECK, Area.ASSESSMENT),
            new Entry(ExpertsView.class, "nav.experts", VaadinIcon.USER_CHECK, Area.ASSESSMENT),
            new Entry(CohortReviewsView.class, "nav.review-results", VaadinIcon.CLIPBOARD_CHECK, Area.ASSESSMENT),
            new Entry(AssessmentView.class, "nav.assessment", VaadinIcon.BAR_CHART, Area.ASSESSMENT),
            new Entry(ExamSittingsView.class, "nav.exam-sittings", VaadinIcon.CALENDAR_CLOCK, Area.ASSESSMENT),
            new Entry(MyExamsView.class, "nav.my-exams", VaadinIcon.EDIT, Area.ASSESSMENT),
            new Entry(PolicyAdminView.class, "nav.outreach-policies", VaadinIcon.FILE_TEXT_O, Area.FOLLOW_UP),
            new Entry(EventAdminView.class, "nav.outreach-events", VaadinIcon.CALENDAR_O, Area.FOLLOW_UP),
            new Entry(CourseAdminView.class, "nav.outreach-courses", VaadinIcon.ACADEMY_CAP, Area.FOLLOW_UP),
            new Entry(MentorAdminView.class, "nav.outreach-mentors", VaadinIcon.USER_STAR, Area.FOLLOW_UP),
            new Entry(LiveAdminView.class, "nav.outreach-live", VaadinIcon.PLAY_CIRCLE_O, Area.FOLLOW_UP),
            new Entry(ServiceAdminView.class, "nav.outreach-services", VaadinIcon.HANDSHAKE, Area.FOLLOW_UP),
            new Entry(ConsultationView.class, "nav.consultation", VaadinIcon.COMMENTS_O, Area.FOLLOW_UP),
            new Entry(ServicesHubView.class, "nav.services-hub", VaadinIcon.HANDSHAKE, Area.FOLLOW_UP),
            new Entry(FollowupView.class, "nav.followup", VaadinIcon.PHONE, Area.FOLLOW_UP),
            new Entry(OutcomeKpisView.class, "nav.outcomes", VaadinIcon.TRENDING_UP, Area.FOLLOW_UP),
            new Entry(ModelTraineesView.class, "nav.model-trainees", VaadinIcon.STAR, Area.FOLLOW_UP),
            new Entry(MySurveysView.class, "nav.my-surveys", VaadinIcon.CLIPBOARD_TEXT, Area.FOLLOW_UP),
            new Entry(AuditLogView.class, "nav.audit", VaadinIcon.RECORDS, Area.SYSTEM),
            new Entry(FirewallView.class, "nav.firewall", VaadinIcon.SHIELD, Area.SYSTEM),
            new Entry(RequestStatisticsView.class, "nav.operations", VaadinIcon.CHART, Area.SYSTEM),
            new Entry(TodosView.class, "nav.todos", VaadinIcon.TASKS, Area.PERSONAL),
            new Entry(NotificationsView.class, "nav.notifications", VaadinIcon.BELL, Area.PERSONAL));

    private static final AccessAnnotationChecker ACCESS = new AccessAnnotationChecker();

    private Navigation() {
    }

    /** The user's menu: one section when short, otherwise one per area they have entries in. */
    public static List<Section> menuOf(Caller user) {
        List<Entry> entries = entriesFor(user);
        if (entries.size() <= PLAIN_MENU_LIMIT) {
            return List.of(new Section(Area.HOME, entries));
        }
        Map<Area, List<Entry>> byArea = new EnumMap<>(Area.class);
        entries.forEach(entry -> byArea.computeIfAbsent(entry.area(), area -> new ArrayList<>()).add(entry));
        return byArea.entrySet().stream().map(e -> new Section(e.getKey(), List.copyOf(e.getValue()))).toList();
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
