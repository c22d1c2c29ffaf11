package cn.kaichuang.cohort.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TraineeRepository extends JpaRepository<Trainee, Long> {

    Optional<Trainee> findByIdCardIndex(String idCardIndex);

    boolean existsByIdCardIndex(String idCardIndex);

    Optional<Trainee> findFirstByUsernameOrderByIdAsc(String username);

    List<Trainee> findByUsername(String username);

    Page<Trainee> findByIdIn(Collection<Long> ids, Pageable pageable);
}
