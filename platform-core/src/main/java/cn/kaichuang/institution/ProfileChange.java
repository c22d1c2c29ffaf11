package cn.kaichuang.institution;

import org.jspecify.annotations.Nullable;

/** What an institution admin enters about their institution. A null phone keeps the one on record. */
public record ProfileChange(String contactPerson, @Nullable String contactPhone, String address, int annualCapacity,
        String description) {

    public ProfileChange {
        if (contactPerson.isBlank()) {
            throw new IllegalArgumentException("A contact person is required");
        }
        if (annualCapacity < 0) {
            throw new IllegalArgumentException("The annual capacity cannot be negative");
        }
        if (contactPhone != null && !contactPhone.isBlank() && !contactPhone.strip().matches("[0-9+\\- ]{5,20}")) {
            throw new IllegalArgumentException("Not a phone number");
        }
        contactPerson = contactPerson.strip();
        contactPhone = contactPhone == null || contactPhone.isBlank() ? null : contactPhone.strip();
        address = address.strip();
        description = description.strip();
    }
}
