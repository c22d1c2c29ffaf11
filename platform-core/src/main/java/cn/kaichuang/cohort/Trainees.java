package cn.kaichuang.cohort;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.internal.PersonIndexTable;
import cn.kaichuang.cohort.internal.PlatformJdbc;
import cn.kaichuang.cohort.internal.Trainee;
import cn.kaichuang.cohort.internal.TraineeKey;
import cn.kaichuang.cohort.internal.TraineeRepository;
import cn.kaichuang.crypto.BlindIndex;
import cn.kaichuang.crypto.IdCardNumber;
import cn.kaichuang.identity.AccessPolicy;
import cn.kaichuang.tenancy.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
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
    private final PersonIndexTable personIndex;
    private final PlatformJdbc platform;
    private final Clock clock;

    Trainees(TraineeRepository trainees, BlindIndex blindIndex, AuditTrail audit, AccessPolicy policy,
            CohortScope scope, PersonIndexTable personIndex, PlatformJdbc platform, Optional<Clock> clock) {
        this.trainees = trainees;
        this.blindIndex = blindIndex;
        this.audit = audit;
        this.policy = policy;
        this.scope = scope;
        this.personIndex = personIndex;
        this.platform = platform;
        this.clock = clock.orElse(Clock.systemDefaultZone());
    }

    @Transactional
    public TraineeId register(NewTrainee trainee) {
        policy.writerOfCurrentTenant("trainee.register");
        return new TraineeId(save(trainee).id());
    }

    /** Name, ID number and phone; a changed ID number must not be another trainee's. */
    @Transactional
    public TraineeView update(TraineeId id, TraineeChange change) {
        policy.writerOfCurrentTenant("trainee.update");
        String name = requireName(change.name());
        String phone = MobilePhone.normalise(change.phone());
        if (phone != null && !MobilePhone.isValid(phone)) {
            throw new InvalidTraineeException("trainees.error.phone");
        }
        Trainee trainee = trainees.findById(id.value())
                .orElseThrow(() -> new NoSuchElementException("Unknown trainee " + id.value()));
        String before = digest(trainee.name(), trainee.idCardIndex(), trainee.phone());
        String index = blindIndex.of(change.idCard());
        if (!index.equals(trainee.idCardIndex())) {
            if (trainees.existsByIdCardIndex(index)) {
                throw new DuplicateTraineeException(change.idCard());
            }
            trainee.changeIdCard(change.idCard().value(), index);
        }
        trainee.rename(name);
        trainee.changePhone(phone, phone == null ? null : blindIndex.of(phone));
        trainees.save(trainee);
        audit.record(AuditEvent.changed("trainee.updated", "trainee", trainee.id(), before,
                digest(name, index, phone)));
        indexAfterCommit(trainee.id(), index, name, clock.instant());
        return view(trainee);
    }

    /** Stores one trainee for {@link #register} and the roster import, which have checked the caller. */
    Trainee save(NewTrainee trainee) {
        String name = requireName(trainee.name());
        String index = blindIndex.of(trainee.idCard());
        if (trainees.existsByIdCardIndex(index)) {
            throw new DuplicateTraineeException(trainee.idCard());
        }
        String phone = MobilePhone.normalise(trainee.phone());
        Trainee saved = trainees.save(new Trainee(name, trainee.idCard().value(), index, phone,
                phone == null ? null : blindIndex.of(phone), trainee.username()));
        // The digest covers the blind index, never the plaintext ID number or phone.
        audit.record(AuditEvent.created("trainee", saved.id(), "trainee " + name + " " + index));
        indexAfterCommit(saved.id(), index, name, clock.instant());
        return saved;
    }

    /**
     * Puts every trainee of the current institution into the person index when the index holds a
     * different number of them (trainees registered before the index existed, a lost write).
     *
     * @return how many rows were written
     */
    @Transactional
    public int reindexPersons() {
        policy.writerOfCurrentTenant("trainee.reindex");
        String tenant = TenantContext.require().value();
        long indexed = platform.call(() -> personIndex.count(tenant));
        if (indexed == trainees.count()) {
            return 0;
        }
        List<TraineeKey> keys = trainees.keys();
        platform.run(() -> keys.forEach(k -> personIndex.put(tenant, k.id(), k.idCardIndex(), k.name(), k.createdAt())));
        return keys.size();
    }

    private void indexAfterCommit(long id, String index, String name, Instant at) {
        String tenant = TenantContext.require().value();
        platform.afterCommit(() -> personIndex.put(tenant, id, index, name, at));
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidTraineeException("trainees.error.name");
        }
        if (name.strip().length() > 100) {
            throw new InvalidTraineeException("trainees.error.name-too-long");
        }
        return name.strip();
    }

    private String digest(String name, String idCardIndex, @Nullable String phone) {
        return "trainee " + name + " " + idCardIndex + " " + (phone == null ? "-" : blindIndex.of(phone));
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
