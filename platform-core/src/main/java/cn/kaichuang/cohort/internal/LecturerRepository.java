package cn.kaichuang.cohort.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LecturerRepository extends JpaRepository<Lecturer, Long> {

    List<Lecturer> findByUsername(String username);

    boolean existsByQualificationNo(String qualificationNo);

    boolean existsByQualificationNoAndIdNot(String qualificationNo, long id);
}
