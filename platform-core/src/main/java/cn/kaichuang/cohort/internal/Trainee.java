package cn.kaichuang.cohort.internal;

import cn.kaichuang.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A trainee of one institution. ID number and phone are stored encrypted, found by blind index. */
@Entity
@Table(name = "trainee")
public class Trainee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String name;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "id_card")
    private String idCard;

    @Column(name = "id_card_index")
    private String idCardIndex;

    @Convert(converter = EncryptedStringConverter.class)
    private @Nullable String phone;

    @Column(name = "phone_index")
    private @Nullable String phoneIndex;

    private @Nullable String username;

    @Column(name = "created_at", insertable = false, updatable = false)
    private @Nullable Instant createdAt;

    protected Trainee() {
        this.name = "";
        this.idCard = "";
        this.idCardIndex = "";
    }

    public Trainee(String name, String idCard, String idCardIndex, @Nullable String phone,
            @Nullable String phoneIndex, @Nullable String username) {
        this.name = name;
        this.idCard = idCard;
        this.idCardIndex = idCardIndex;
        this.phone = phone;
        this.phoneIndex = phoneIndex;
        this.username = username;
    }

    public long id() {
        return id == null ? 0 : id;
    }

    public String name() {
        return name;
    }

    public String idCard() {
        return idCard;
    }

    public @Nullable String phone() {
        return phone;
    }

    public @Nullable String username() {
        return username;
    }

    public String idCardIndex() {
        return idCardIndex;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void changeIdCard(String idCard, String idCardIndex) {
        this.idCard = idCard;
        this.idCardIndex = idCardIndex;
    }

    public void changePhone(@Nullable String phone, @Nullable String phoneIndex) {
        this.phone = phone;
        this.phoneIndex = phoneIndex;
    }
}
