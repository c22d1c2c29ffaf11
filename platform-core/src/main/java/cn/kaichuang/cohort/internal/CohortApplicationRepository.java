package cn.kaichuang.cohort.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CohortApplicationRepository extends JpaRepository<CohortApplicationRecord, Long> {
}
