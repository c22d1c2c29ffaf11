package cn.kaichuang.question;

/** A question of a bank; an institution's ids are its own (they name rows of its schema). */
public record QuestionId(Bank bank, long value) {

    @Override
    public String toString() {
        return (bank == Bank.PROVINCE ? "P" : "I") + value;
    }
}
