package cn.kaichuang.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.kaichuang.app.demo.DemoPeople.Person;
import cn.kaichuang.crypto.IdCardNumber;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoPeopleTest {

    @Test
    void sameInstitutionAlwaysGetsTheSamePeople() {
        assertThat(DemoPeople.of(DemoData.first(), 25)).isEqualTo(DemoPeople.of(DemoData.first(), 25));
    }

    @Test
    void idNumbersCarryTheDistrictAndAValidCheckCharacter() {
        for (DemoInstitution institution : DemoData.INSTITUTIONS) {
            List<Person> people = DemoPeople.of(institution, 25);
            assertThat(people).allSatisfy(person -> {
                String value = person.idCard().value();
                assertThat(institution.districts()).contains(value.substring(0, 6));
                assertThat(value.charAt(17)).isEqualTo(IdCardNumber.checkCharacter(value.substring(0, 17)));
                assertThat(person.idCard().birthDate().getYear()).isBetween(1976, 2004);
                assertThat(person.name()).hasSizeBetween(2, 3);
            });
            assertThat(people).extracting(p -> p.idCard().value()).doesNotHaveDuplicates();
        }
    }
}
