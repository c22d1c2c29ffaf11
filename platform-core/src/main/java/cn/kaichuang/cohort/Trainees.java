package cn.kaichuang.cohort;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.internal.Trainee;
import cn.kaichuang.cohort.internal.TraineeRepository;
import cn.kaichuang.crypto.BlindIndex;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.AccessPolicy;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The trainees (学员) of the current institution. */
@Service
@Transactional(readOnly = true)
public class Trainees {

    private final TraineeRepository trainees;
    private final BlindIndex blindIndex;
    private final AuditTrail audit;
    private final AccessPolicy policy;
    private final CohortScope scope;

    Trainees(TraineeRepository trainees, BlindIndex blindIndex, AuditTrail audit, AccessPolicy policy,
            CohortScope scope) {
        this.trainees = trainees;
        this.blindIndex = blindIndex;
        this.audit = audit;
        this.policy = policy;
        this.scope = scope;
    }

    @Transactional
    public TraineeId register(NewTrainee trainee) {
        policy.writerOfCurrentTenant("trainee.register");
        String index = blindIndex.of(trainee.idCard());
        if (trainees.existsByIdCardIndex(index)) {
            throw new DuplicateTraineeException(trainee.idCard());
        }
        String phone = trainee.phone();
        Trainee saved = trainees.save(new Trainee(trainee.name(), trainee.idCard().value(), index, phone,
                phone == null ? null : blindIndex.of(phone), trainee.username()));
        // The digest covers the blind index, never the plaintext ID number or phone.
        audit.record(AuditEvent.created("trainee", saved.id(), "trainee " + trainee.name() + " " + index));
        return new TraineeId(saved.id());
    }

    // Every finder answers "not found" alike for an unknown trainee and for one out of reach.

    public Optional<TraineeView> findByIdCard(IdCardNumber idCard) {
        return reachable(() -> trainees.findByIdCardIndex(blindIndex.of(idCard)));
    }

    /** The trainee record a login belongs to, for the trainee's own views. */
    public Optional<TraineeView> findByUsername(String username) {
        return reachable(() -> trainees.findFirstByUsernameOrderByIdAsc(username));
    }

    public Optional<TraineeView> find(TraineeId id) {
        return reachable(() -> trainees.findById(id.value()));
    }

    /** The trainees the caller reaches: all for staff, a lecturer's own cohorts', a trainee themself. */
    public Page<TraineeView> page(Pageable pageable) {
        return scope.reach("trainee").map(reach -> reach.everything() ? trainees.findAll(pageable)
                        : reach.traineeIds().isEmpty() ? Page.<Trainee>empty(pageable)
                        : trainees.findByIdIn(reach.traineeIds(), pageable))
                .orElse(Page.empty(pageable)).map(Trainees::view);
    }

    public long count() {
        return scope.reach("trainee").map(reach -> reach.everything() ? trainees.count()
                : (long) reach.traineeIds().size()).orElse(0L);
    }

    private Optional<TraineeView> reachable(Supplier<Optional<Trainee>> lookup) {
        return scope.reach("trainee").flatMap(reach -> lookup.get().filter(t -> {
            if (reach.trainee(t.id())) {
                return true;
            }
            scope.refused(reach, "trainee", t.id());
            return false;
        })).map(Trainees::view);
    }

    static TraineeView view(Trainee t) {
        return new TraineeView(new TraineeId(t.id()), t.name(), IdCardNumber.of(t.idCard()), t.phone(), t.username());
    }
}
