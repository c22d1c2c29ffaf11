package cn.kaichuang.cohort.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TraineeRepository extends JpaRepository<Trainee, Long> {

    Optional<Trainee> findByIdCardIndex(String idCardIndex);

    boolean existsByIdCardIndex(String idCardIndex);

    Optional<Trainee> findFirstByUsernameOrderByIdAsc(String username);

    List<Trainee> findByUsername(String username);

    @Query("select new cn.kaichuang.cohort.internal.TraineeKey(t.id, t.idCardIndex, t.name, t.createdAt)"
            + " from Trainee t order by t.id")
    List<TraineeKey> keys();

    List<Trainee> findByIdCardIndexIn(Collection<String> idCardIndexes);

    Page<Trainee> findByIdIn(Collection<Long> ids, Pageable pageable);
}
