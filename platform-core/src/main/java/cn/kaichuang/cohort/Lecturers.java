package cn.kaichuang.cohort;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.internal.Lecturer;
import cn.kaichuang.cohort.internal.LecturerRepository;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.tenancy.TenantContext;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lecturers (讲师) of the current institution. */
@Service
@Transactional(readOnly = true)
public class Lecturers {

    private final LecturerRepository lecturers;
    private final AuditTrail audit;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;

    Lecturers(LecturerRepository lecturers, AuditTrail audit, AccessPolicy policy, ApplicationEventPublisher events) {
        this.lecturers = lecturers;
        this.audit = audit;
        this.policy = policy;
        this.events = events;
    }

    /** The qualification certificate number is unique within the institution. */
    @Transactional
    public LecturerId register(NewLecturer lecturer) {
        policy.writerOfCurrentTenant("lecturer.register");
        if (lecturers.existsByQualificationNo(lecturer.qualificationNo())) {
            throw new DuplicateQualificationException(lecturer.qualificationNo());
        }
        Lecturer saved = lecturers.save(new Lecturer(lecturer.name(), lecturer.phone(), lecturer.qualificationNo(),
                lecturer.courseTypes(), lecturer.username()));
        LecturerView view = view(saved);
        audit.record(AuditEvent.created("lecturer", saved.id(), view));
        events.publishEvent(new LecturerChanged(TenantContext.require(), view));
        return view.id();
    }

    /** A null phone keeps the one on record. */
    @Transactional
    public LecturerView update(LecturerId id, NewLecturer change) {
        policy.writerOfCurrentTenant("lecturer.update");
        Lecturer lecturer = lecturers.findById(id.value())
                .orElseThrow(() -> new NoSuchElementException("Unknown lecturer " + id.value()));
        if (lecturers.existsByQualificationNoAndIdNot(change.qualificationNo(), id.value())) {
            throw new DuplicateQualificationException(change.qualificationNo());
        }
        LecturerView before = view(lecturer);
        lecturer.change(change.name(), change.phone(), change.qualificationNo(), change.courseTypes(),
                change.username());
        LecturerView after = view(lecturers.save(lecturer));
        audit.record(AuditEvent.changed("lecturer.updated", "lecturer", id.value(), before, after));
        events.publishEvent(new LecturerChanged(TenantContext.require(), after));
        return after;
    }

    /** Everyone who may read the institution sees who teaches there (trainees see their lecturers' names). */
    public List<LecturerView> all() {
        return policy.readerOfCurrentTenant("lecturer")
                .map(caller -> lecturers.findAll(Sort.by("name")).stream().map(Lecturers::view).toList())
                .orElse(List.of());
    }

    /** Empty for an unknown lecturer and for a caller who may not read the institution alike. */
    public Optional<LecturerView> find(LecturerId id) {
        return policy.readerOfCurrentTenant("lecturer")
                .flatMap(caller -> lecturers.findById(id.value()).map(Lecturers::view));
    }

    /** The lecturer records linked to the signed-in person's login (a lecturer's own). */
    public List<LecturerView> mine() {
        return policy.readerOfCurrentTenant("lecturer")
                .map(caller -> lecturers.findByUsername(caller.username()).stream().map(Lecturers::view).toList())
                .orElse(List.of());
    }

    static LecturerView view(Lecturer l) {
        return new LecturerView(new LecturerId(l.id()), l.name(), l.qualificationNo(), l.courseTypes(), l.username());
    }
}
