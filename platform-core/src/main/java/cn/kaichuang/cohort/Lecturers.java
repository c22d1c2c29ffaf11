package cn.kaichuang.cohort;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.internal.Lecturer;
import cn.kaichuang.cohort.internal.LecturerRepository;
import cn.kaichuang.identity.AccessPolicy;
import java.util.List;
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

    Lecturers(LecturerRepository lecturers, AuditTrail audit, AccessPolicy policy) {
        this.lecturers = lecturers;
        this.audit = audit;
        this.policy = policy;
    }

    @Transactional
    public LecturerId register(NewLecturer lecturer) {
        policy.writerOfCurrentTenant("lecturer.register");
        Lecturer saved = lecturers.save(new Lecturer(lecturer.name(), lecturer.phone(), lecturer.qualificationNo(),
                lecturer.courseTypes(), lecturer.username()));
        LecturerView view = view(saved);
        audit.record(AuditEvent.created("lecturer", saved.id(), view));
        return view.id();
    }

    /** Everyone who may read the institution sees who teaches there (trainees see their lecturers' names). */
    public List<LecturerView> all() {
        return policy.readerOfCurrentTenant("lecturer")
                .map(caller -> lecturers.findAll(Sort.by("name")).stream().map(Lecturers::view).toList())
                .orElse(List.of());
    }

    static LecturerView view(Lecturer l) {
        return new LecturerView(new LecturerId(l.id()), l.name(), l.qualificationNo(), l.courseTypes(), l.username());
    }
}
