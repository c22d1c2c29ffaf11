package cn.kaichuang.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Encrypts a personal-data column on its way to the database; apply with {@code @Convert}. */
@Component
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, String> {

    private final PiiCipher cipher;

    public EncryptedStringConverter(PiiCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable String attribute) {
        return attribute == null ? null : cipher.encrypt(attribute);
    }

    @Override
    public @Nullable String convertToEntityAttribute(@Nullable String column) {
        return column == null ? null : cipher.decrypt(column);
    }
}
