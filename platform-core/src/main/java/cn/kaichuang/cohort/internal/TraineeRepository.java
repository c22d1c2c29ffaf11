package cn.kaichuang.cohort.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TraineeRepository extends JpaRepository<Trainee, Long> {

    Optional<Trainee> findByIdCardIndex(String idCardIndex);

    boolean existsByIdCardIndex(String idCardIndex);

    Optional<Trainee> findFirstByUsernameOrderByIdAsc(String username);
}
