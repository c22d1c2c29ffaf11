package cn.kaichuang.outreach;

import static cn.kaichuang.testsupport.SignedIn.as;
import static cn.kaichuang.testsupport.SignedIn.caller;
import static cn.kaichuang.testsupport.SignedIn.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.kaichuang.cohort.Cohorts;
import cn.kaichuang.cohort.CourseType;
import cn.kaichuang.cohort.Ids.CohortId;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.NewCohort;
import cn.kaichuang.cohort.NewTrainee;
import cn.kaichuang.cohort.Trainees;
import cn.kaichuang.cohort.Venue;
import cn.kaichuang.courseware.CoursewareCatalogue;
import cn.kaichuang.courseware.CoursewareId;
import cn.kaichuang.courseware.NewCourseware;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.AccessRefusedException;
import cn.kaichuang.identity.Caller;
import cn.kaichuang.identity.Role;
import cn.kaichuang.outreach.Events.Status;
import cn.kaichuang.outreach.Policies.NewPolicy;
import cn.kaichuang.storage.testsupport.TestS3Server;
import cn.kaichuang.tenancy.TenantCode;
import cn.kaichuang.tenancy.TenantContext;
import cn.kaichuang.tenancy.TenantDirectory;
import cn.kaichuang.tenancy.TenantProvisioning;
import cn.kaichuang.testsupport.MutableClock;
import cn.kaichuang.testsupport.PlatformTest;
import cn.kaichuang.testsupport.TestClockConfiguration;
import cn.kaichuang.testsupport.Tenants;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/** The follow-up services against real PostgreSQL and the in-process S3 server. */
@PlatformTest
@Import(TestClockConfiguration.class)
@TestPropertySource(properties = "kaichuang.outreach.max-attachment-size=8KB")
class OutreachTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger(500);
    private static final Caller PROVINCE = caller("province", Role.PROVINCE_ADMIN, null, null);
    private static final Caller CHANGSHA = caller("changsha", Role.PREFECTURE_ADMIN, null, "430100");

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        TestS3Server.registerProperties(registry);
        registry.add("kaichuang.storage.bucket-prefix",
                () -> "or" + Integer.toHexString(ThreadLocalRandom.current().nextInt(0x10000, 0xFFFFF)) + "-");
    }

    private final Policies policies;
    private final Events events;
    private final PremiumCourses courses;
    private final Mentoring mentoring;
    private final LiveSessions live;
    private final ServiceResources services;
    private final Participation participation;
    private final CoursewareCatalogue courseware;
    private final Cohorts cohorts;
    private final Trainees trainees;
    private final JdbcClient jdbc;
    private final MutableClock clock;
    private final TenantCode tenant;
    private final TenantCode zhuzhou;

    @Autowired
    OutreachTest(Policies policies, Events events, PremiumCourses courses, Mentoring mentoring, LiveSessions live,
            ServiceResources services, Participation participation, CoursewareCatalogue courseware, Cohorts cohorts,
            Trainees trainees, JdbcClient jdbc, MutableClock clock, TenantProvisioning provisioning,
            TenantDirectory directory) {
        this.policies = policies;
        this.events = events;
        this.courses = courses;
        this.mentoring = mentoring;
        this.live = live;
        this.services = services;
        this.participation = participation;
        this.courseware = courseware;
        this.cohorts = cohorts;
        this.trainees = trainees;
        this.jdbc = jdbc;
        this.clock = clock;
        this.tenant = Tenants.ensure(provisioning, directory, "outr");
        TenantCode other = TenantCode.of("outr-zz");
        if (directory.find(other).isEmpty()) {
            provisioning.create(other, "株洲测试机构", "430200");
        }
        this.zhuzhou = other;
    }

    @Test
    void trainessSeeOnlyPoliciesForTheirAudienceAndTheirReadsAreCounted() {
        Caller syb = sybTrainee();
        Caller zz = trainee(zhuzhou);
        String word = "政策" + PEOPLE.incrementAndGet();
        long forSyb = as(PROVINCE, () -> policies.publish(policy(word + "全省SYB", Set.of(), Set.of(CourseType.SYB))));
        long forZhuzhou = as(PROVINCE, () -> policies.publish(policy(word + "株洲", Set.of("430200"), Set.of())));
        long forGyb = as(PROVINCE, () -> policies.publish(policy(word + "GYB", Set.of(), Set.of(CourseType.GYB))));
        long changsha = as(CHANGSHA, () -> policies.publish(policy(word + "长沙", Set.of(), Set.of())));

        assertThat(as(syb, () -> policies.browse(word, null))).extracting(Policies.Policy::id)
                .containsExactlyInAnyOrder(forSyb, changsha);
        assertThat(as(zz, () -> policies.browse(word, null))).extracting(Policies.Policy::id)
                .containsExactly(forZhuzhou);
        assertThat(as(syb, () -> policies.browse(word, "补贴"))).extracting(Policies.Policy::id)
                .containsExactlyInAnyOrder(forSyb, changsha);
        assertThat(as(CHANGSHA, () -> policies.browse(word, null))).extracting(Policies.Policy::id)
                .as("a prefecture curates its own").containsExactly(changsha);

        assertThat(as(syb, () -> policies.open(forZhuzhou))).as("not in the audience").isEmpty();
        assertThat(lastAction()).isEqualTo("access.refused");
        assertThat(as(syb, () -> policies.open(forGyb))).isEmpty();
        assertThat(as(syb, () -> policies.open(forSyb))).isPresent();
        assertThat(as(syb, () -> policies.open(forSyb))).isPresent();
        assertThat(as(zz, () -> policies.open(forZhuzhou))).isPresent();

        Policies.Reads reads = as(PROVINCE, () -> policies.readsPerPolicy()).stream()
                .filter(r -> r.policyId() == forSyb).findFirst().orElseThrow();
        assertThat(reads.readers()).isEqualTo(1);
        assertThat(reads.reads()).isEqualTo(2);
        assertThat(as(PROVINCE, () -> policies.readsPerRegion(forSyb))).singleElement()
                .satisfies(r -> assertThat(r.key()).isEqualTo("430100"));
        assertThat(as(PROVINCE, () -> policies.readers(forSyb))).containsExactly("outr/" + syb.username());
        assertThat(as(syb, participation::mine)).extracting(Participation.Entry::kind).contains(Participation.Kind.POLICY);

        assertThatThrownBy(() -> as(CHANGSHA, () -> policies.publish(policy("越权", Set.of("430200"), Set.of()))))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.region");
        assertThatThrownBy(() -> as(syb, () -> policies.publish(policy("学员", Set.of(), Set.of()))))
                .isInstanceOf(AccessRefusedException.class);
        assertThatThrownBy(() -> as(CHANGSHA, () -> policies.readers(forSyb))).isInstanceOf(OutreachException.class)
                .hasMessage("outreach.error.not-found");
    }

    @Test
    void markdownIsRenderedWithoutRawHtmlOrScriptLinks() {
        String html = PolicyMarkdown.html("# 标题\n\n**补贴**<script>alert(1)</script>\n\n[点我](javascript:alert(1))"
                + " <img src=x onerror=alert(1)>");
        assertThat(html).contains("<h1>标题</h1>", "<strong>补贴</strong>", "&lt;script&gt;")
                .doesNotContain("<script", "javascript:", "<img");
    }

    @Test
    void attachmentsAreSniffedAndLimited() {
        long id = as(PROVINCE, () -> policies.publish(policy("附件政策" + PEOPLE.incrementAndGet(), Set.of(), Set.of())));
        Policies.Attachment pdf = as(PROVINCE, () -> policies.attach(id, new ByteArrayInputStream(pdf()), "C:\\文件\\细则.pdf"));
        assertThat(pdf.fileName()).isEqualTo("细则.pdf");
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        assertThatThrownBy(() -> as(PROVINCE, () -> policies.attach(id,
                new ByteArrayInputStream("<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)), "x.pdf")))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.type");
        assertThatThrownBy(() -> as(PROVINCE, () -> policies.attach(id, new ByteArrayInputStream(new byte[20_000]), "big.pdf")))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.too-large");
        Caller trainee = sybTrainee();
        assertThat(as(trainee, () -> policies.attachments(id))).extracting(Policies.Attachment::id).containsExactly(pdf.id());
        assertThat(as(trainee, () -> policies.attachmentUrl(id, pdf.id())).toString()).contains("policy/" + id);
    }

    @Test
    void theWaitingListMovesUpWhenARegisteredTraineeCancels() {
        long event = as(PROVINCE, () -> events.create(new Events.NewEvent("创业沙龙" + PEOPLE.incrementAndGet(), "",
                "长沙市创业孵化基地", clock.instant().plus(Duration.ofDays(3)),
                clock.instant().plus(Duration.ofDays(3).plusHours(2)), 2)));
        Caller a = sybTrainee();
        Caller b = sybTrainee();
        Caller c = trainee(zhuzhou);
        assertThat(as(a, () -> events.register(event)).status()).isEqualTo(Status.REGISTERED);
        assertThat(as(b, () -> events.register(event)).status()).isEqualTo(Status.REGISTERED);
        assertThat(as(c, () -> events.register(event)).status()).isEqualTo(Status.WAITING);
        assertThatThrownBy(() -> as(a, () -> events.register(event))).isInstanceOf(OutreachException.class)
                .hasMessage("outreach.error.already-registered");
        assertThat(as(a, () -> events.find(event)).orElseThrow().seatsLeft()).isZero();

        Events.Registration promoted = as(a, () -> events.cancel(event)).orElseThrow();
        assertThat(promoted.username()).isEqualTo(c.username());
        assertThat(promoted.status()).isEqualTo(Status.REGISTERED);
        assertThat(as(c, events::mine)).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(Status.REGISTERED));
        assertThat(as(PROVINCE, () -> events.registrations(event))).extracting(Events.Registration::status)
                .containsExactly(Status.CANCELLED, Status.REGISTERED, Status.REGISTERED);

        assertThatThrownBy(() -> as(c, () -> events.checkIn(promoted.id()))).isInstanceOf(AccessRefusedException.class);
        assertThat(as(PROVINCE, () -> events.checkIn(promoted.id())).checkedInAt()).isNotNull();
        assertThat(as(PROVINCE, () -> participation.of("outr-zz", c.username()))).singleElement()
                .satisfies(e -> assertThat(e.status()).isEqualTo("CHECKED_IN"));
        Caller otherAdmin = caller("outr-admin", Role.INSTITUTION_ADMIN, "outr", null);
        assertThat(as(otherAdmin, () -> participation.of("outr-zz", c.username()))).as("another institution").isEmpty();
        assertThat(lastAction()).isEqualTo("access.refused");
        assertThat(as(a, () -> participation.of("outr-zz", c.username()))).as("another trainee").isEmpty();
    }

    @Test
    void premiumCoursesRecordEachTraineesProgress() {
        CoursewareId item = as(PROVINCE, () -> {
            CoursewareId id = courseware.create(new NewCourseware("精品课讲义" + PEOPLE.incrementAndGet(),
                    Set.of(CourseType.SYB), "创业准备", "", ""));
            courseware.upload(id, new ByteArrayInputStream(pdf()), "讲义.pdf", "");
            courseware.publish(id);
            return id;
        });
        CoursewareId draft = as(PROVINCE, () -> courseware.create(new NewCourseware("草稿", Set.of(CourseType.SYB),
                "创业准备", "", "")));
        assertThatThrownBy(() -> as(PROVINCE, () -> courses.create("含草稿", "", List.of(item, draft))))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.courseware");
        long course = as(PROVINCE, () -> courses.create("创业融资精品课", "结业后也可学习", List.of(item)));

        Caller trainee = trainee(zhuzhou);
        assertThat(as(trainee, () -> courses.find(course)).orElseThrow().items()).extracting(PremiumCourses.Item::courseware)
                .containsExactly(item);
        assertThat(as(trainee, () -> courses.open(course, item)).toString()).contains("courseware/" + item.value());
        run(trainee, () -> courses.record(course, item, 3, 120));
        run(trainee, () -> courses.record(course, item, 2, 60));
        PremiumCourses.Progress mine = as(trainee, () -> courses.mine(course)).get(item);
        assertThat(mine.pages()).isEqualTo(3);
        assertThat(mine.seconds()).isEqualTo(180);
        assertThat(as(sybTrainee(), () -> courses.mine(course))).isEmpty();
        assertThatThrownBy(() -> as(trainee, () -> { courses.record(course, draft, 1, 1); return null; }))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.not-found");
        assertThatThrownBy(() -> as(trainee, () -> { courses.record(course, item, -1, 1); return null; }))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.progress");
        assertThat(as(PROVINCE, () -> courses.progress(course))).singleElement()
                .satisfies(p -> assertThat(p.username()).isEqualTo(trainee.username()));
    }

    @Test
    void bookingsConflictsAnswersAndRatingsStayWithTheirOwners() {
        int n = PEOPLE.incrementAndGet();
        Caller mentor = caller("outr-mentor-" + n, Role.MENTOR, "outr", null);
        Caller otherMentor = caller("outr-mentor-b" + n, Role.MENTOR, "outr", null);
        run(mentor, () -> mentoring.saveProfile("导师" + n, "融资,营销", "十年创业服务经验"));
        run(PROVINCE, () -> mentoring.register(otherMentor.username(), "outr", "导师乙" + n, "财税", ""));
        Instant at = clock.instant().plus(Duration.ofDays(2));
        Mentoring.Slot slot = as(mentor, () -> mentoring.offer(at, at.plus(Duration.ofHours(1))));
        assertThatThrownBy(() -> as(mentor, () -> mentoring.offer(at.plus(Duration.ofMinutes(30)), at.plus(Duration.ofHours(2)))))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.slot-overlap");
        Mentoring.Slot otherSlot = as(PROVINCE, () -> mentoring.offerFor(otherMentor.username(),
                at.plus(Duration.ofMinutes(30)), at.plus(Duration.ofMinutes(90))));

        Caller a = sybTrainee();
        Caller b = sybTrainee();
        Mentoring.Booking booking = as(a, () -> mentoring.book(slot.id(), "贷款申请材料"));
        assertThatThrownBy(() -> as(b, () -> mentoring.book(slot.id(), "我也想约"))).isInstanceOf(OutreachException.class)
                .hasMessage("outreach.error.slot-taken");
        assertThatThrownBy(() -> as(a, () -> mentoring.book(otherSlot.id(), "同一时间"))).isInstanceOf(OutreachException.class)
                .hasMessage("outreach.error.booking-conflict");
        assertThat(as(a, () -> mentoring.openSlots(mentor.username()))).extracting(Mentoring.Slot::id).doesNotContain(slot.id());
        assertThatThrownBy(() -> as(b, () -> { mentoring.cancel(booking.id()); return null; }))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.not-found");

        Mentoring.Question question = as(a, () -> mentoring.ask(mentor.username(), "餐饮店选址要注意什么？"));
        assertThatThrownBy(() -> as(otherMentor, () -> mentoring.answer(question.id(), "我来答")))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.not-found");
        assertThat(lastAction()).isEqualTo("access.refused");
        assertThatThrownBy(() -> as(a, () -> { mentoring.rateQuestion(question.id(), 5); return null; }))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.not-answered");
        assertThat(as(mentor, () -> mentoring.answer(question.id(), "看人流和租金")).answered()).isTrue();
        assertThatThrownBy(() -> as(b, () -> { mentoring.rateQuestion(question.id(), 1); return null; }))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.not-found");
        assertThatThrownBy(() -> as(a, () -> { mentoring.rateQuestion(question.id(), 6); return null; }))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.rating");
        run(a, () -> mentoring.rateQuestion(question.id(), 5));

        assertThatThrownBy(() -> as(otherMentor, () -> mentoring.recordConsultation(booking.id(), "记录")))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.not-found");
        as(mentor, () -> mentoring.recordConsultation(booking.id(), "已讲解材料清单"));
        run(a, () -> mentoring.rateBooking(booking.id(), 4));

        Mentoring.Workload load = as(PROVINCE, mentoring::workload).stream()
                .filter(w -> w.mentor().equals(mentor.username())).findFirst().orElseThrow();
        assertThat(load.bookings()).isEqualTo(1);
        assertThat(load.questions()).isEqualTo(1);
        assertThat(load.answered()).isEqualTo(1);
        assertThat(load.averageRating()).isEqualTo(4.5);
        assertThatThrownBy(() -> as(mentor, mentoring::workload)).isInstanceOf(AccessRefusedException.class);
        assertThat(as(a, participation::mine)).extracting(Participation.Entry::kind)
                .contains(Participation.Kind.MENTOR_BOOKING, Participation.Kind.MENTOR_QUESTION);
    }

    @Test
    void liveSessionsNeedAnHlsAddressAndRecordWhoWatchedWhileLive() {
        assertThat(LiveSessions.hlsUrl(" https://live.example.cn/hn/room1/index.m3u8?token=1 "))
                .isEqualTo("https://live.example.cn/hn/room1/index.m3u8?token=1");
        for (String bad : List.of("rtmp://live.example.cn/a.m3u8", "https://live.example.cn/a.mp4", "javascript:alert(1)",
                "https://user:pw@live.example.cn/a.m3u8", "index.m3u8", "")) {
            assertThatThrownBy(() -> LiveSessions.hlsUrl(bad)).as(bad).isInstanceOf(OutreachException.class)
                    .hasMessage("outreach.error.hls");
        }
        Instant start = clock.instant().plus(Duration.ofHours(1));
        long id = as(PROVINCE, () -> live.schedule("创业政策直播解读" + PEOPLE.incrementAndGet(), "",
                "https://live.example.cn/hn/index.m3u8", start, start.plus(Duration.ofHours(1))));
        Caller trainee = sybTrainee();
        assertThat(as(trainee, () -> live.open(id)).orElseThrow().phase()).isEqualTo(LiveSessions.Phase.UPCOMING);
        assertThat(as(PROVINCE, () -> live.attendance(id))).isEmpty();
        clock.advance(Duration.ofMinutes(90));
        assertThat(as(trainee, () -> live.open(id)).orElseThrow().phase()).isEqualTo(LiveSessions.Phase.LIVE);
        as(trainee, () -> live.open(id));
        assertThat(as(PROVINCE, () -> live.attendance(id))).extracting(LiveSessions.Attendee::username)
                .containsExactly(trainee.username());
        clock.advance(Duration.ofHours(1));
        assertThatThrownBy(() -> as(PROVINCE, () -> { live.setReplay(id, "javascript:alert(1)"); return null; }))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.replay");
        run(PROVINCE, () -> live.setReplay(id, "https://vod.example.cn/replay/1.mp4"));
        LiveSessions.Live ended = as(sybTrainee(), () -> live.open(id)).orElseThrow();
        assertThat(ended.phase()).isEqualTo(LiveSessions.Phase.ENDED);
        assertThat(ended.replayUrl()).isEqualTo("https://vod.example.cn/replay/1.mp4");
        assertThat(ended.attendees()).as("opening the replay is not attending").isEqualTo(1);
    }

    @Test
    void serviceRequestsAreFollowedToAnOutcome() {
        long loan = as(PROVINCE, () -> services.add("创业担保贷款", "创业担保贷款" + PEOPLE.incrementAndGet(),
                "最高 30 万元", "0731-12345678"));
        long zhuzhouOnly = as(caller("zhuzhou", Role.PREFECTURE_ADMIN, null, "430200"),
                () -> services.add("创业场地", "株洲场地" + PEOPLE.get(), "", ""));
        Caller a = sybTrainee();
        assertThat(as(a, services::directory)).extracting(ServiceResources.Resource::id).contains(loan)
                .doesNotContain(zhuzhouOnly);
        ServiceResources.Request request = as(a, () -> services.request(loan, "开奶茶店需要 10 万元"));
        assertThat(request.status()).isEqualTo(ServiceResources.Status.SUBMITTED);
        assertThat(as(sybTrainee(), services::mine)).isEmpty();
        Caller zhuzhouAdmin = caller("zhuzhou", Role.PREFECTURE_ADMIN, null, "430200");
        assertThatThrownBy(() -> as(zhuzhouAdmin, () -> services.update(request.id(), ServiceResources.Status.IN_PROGRESS, "")))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.not-found");
        assertThat(as(CHANGSHA, () -> services.update(request.id(), ServiceResources.Status.IN_PROGRESS, "")).status())
                .isEqualTo(ServiceResources.Status.IN_PROGRESS);
        assertThatThrownBy(() -> as(CHANGSHA, () -> services.update(request.id(), ServiceResources.Status.RESOLVED, " ")))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.outcome-note");
        assertThat(as(CHANGSHA, () -> services.update(request.id(), ServiceResources.Status.RESOLVED, "已放款 10 万元"))
                .outcomeNote()).isEqualTo("已放款 10 万元");
        assertThatThrownBy(() -> as(PROVINCE, () -> services.update(request.id(), ServiceResources.Status.DECLINED, "x")))
                .isInstanceOf(OutreachException.class).hasMessage("outreach.error.request-state");
        assertThat(as(a, services::mine)).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(ServiceResources.Status.RESOLVED));
    }

    private Caller sybTrainee() {
        String username = "outr-trainee-" + PEOPLE.incrementAndGet();
        TenantContext.run(tenant, () -> {
            CohortId cohort = cohorts.create(new NewCohort("SYB 第" + PEOPLE.get() + "期", CourseType.SYB,
                    LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 13),
                    new Venue("长沙市岳麓区麓山南路 2 号", 28.18, 112.94), 30, null));
            cohorts.enrol(cohort, register(username));
        });
        return caller(username, Role.TRAINEE, tenant.value(), null);
    }

    private Caller trainee(TenantCode where) {
        String username = "outr-trainee-" + PEOPLE.incrementAndGet();
        TenantContext.run(where, () -> register(username));
        return caller(username, Role.TRAINEE, where.value(), null);
    }

    private TraineeId register(String username) {
        String first17 = "43010219900316%03d".formatted(PEOPLE.incrementAndGet() % 1000);
        return trainees.register(new NewTrainee("学员" + PEOPLE.get(),
                IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17)), null, username));
    }

    private static NewPolicy policy(String title, Set<String> regions, Set<CourseType> types) {
        return new NewPolicy(title, "**创业补贴**申请办法", List.of("补贴", "贷款"), regions, types);
    }

    private String lastAction() {
        return jdbc.sql("select action from platform.audit_entry order by seq desc limit 1").query(String.class).single();
    }

    private static byte[] pdf() {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
