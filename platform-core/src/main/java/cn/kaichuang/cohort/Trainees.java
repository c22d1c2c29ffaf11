package cn.kaichuang.cohort;

import cn.kaichuang.audit.AuditEvent;
import cn.kaichuang.audit.AuditTrail;
import cn.kaichuang.cohort.Ids.TraineeId;
import cn.kaichuang.cohort.internal.Trainee;
import cn.kaichuang.cohort.internal.TraineeRepository;
import cn.kaichuang.crypto.BlindIndex;
import cn.kaichuang.crypto.IdCardNumber;
import java.util.Optional;
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

    Trainees(TraineeRepository trainees, BlindIndex blindIndex, AuditTrail audit) {
        this.trainees = trainees;
        this.blindIndex = blindIndex;
        this.audit = audit;
    }

    @Transactional
    public TraineeId register(NewTrainee trainee) {
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

    public Optional<TraineeView> findByIdCard(IdCardNumber idCard) {
        return trainees.findByIdCardIndex(blindIndex.of(idCard)).map(Trainees::view);
    }

    /** The trainee record a login belongs to, for the trainee's own views. */
    public Optional<TraineeView> findByUsername(String username) {
        return trainees.findFirstByUsernameOrderByIdAsc(username).map(Trainees::view);
    }

    public Optional<TraineeView> find(TraineeId id) {
        return trainees.findById(id.value()).map(Trainees::view);
    }

    public Page<TraineeView> page(Pageable pageable) {
        return trainees.findAll(pageable).map(Trainees::view);
    }

    public long count() {
        return trainees.count();
    }

    static TraineeView view(Trainee t) {
        return new TraineeView(new TraineeId(t.id()), t.name(), IdCardNumber.of(t.idCard()), t.phone(), t.username());
    }
}
