package cn.kaichuang.cohort;

import cn.kaichuang.cohort.Ids.LecturerId;
import cn.kaichuang.cohort.internal.Lecturer;
import cn.kaichuang.cohort.internal.LecturerRepository;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The lecturers (讲师) of the current institution. */
@Service
@Transactional(readOnly = true)
public class Lecturers {

    private final LecturerRepository lecturers;

    Lecturers(LecturerRepository lecturers) {
        this.lecturers = lecturers;
    }

    @Transactional
    public LecturerId register(NewLecturer lecturer) {
        Lecturer saved = lecturers.save(new Lecturer(lecturer.name(), lecturer.phone(), lecturer.qualificationNo(),
                lecturer.courseTypes(), lecturer.username()));
        return new LecturerId(saved.id());
    }

    public List<LecturerView> all() {
        return lecturers.findAll(Sort.by("name")).stream().map(Lecturers::view).toList();
    }

    static LecturerView view(Lecturer l) {
        return new LecturerView(new LecturerId(l.id()), l.name(), l.qualificationNo(), l.courseTypes(), l.username());
    }
}
