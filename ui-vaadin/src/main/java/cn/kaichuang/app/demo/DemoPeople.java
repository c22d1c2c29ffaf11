package cn.kaichuang.app.demo;

import cn.kaichuang.crypto.IdCardNumber;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Fictitious trainees: common Chinese names and ID-card numbers that pass GB 11643 (region,
 * birth date, sequence and the computed check character) but were made up here. The same
 * institution always gets the same people, so seeding can be repeated without duplicates.
 */
final class DemoPeople {

    record Person(String name, IdCardNumber idCard, String phone) {
    }

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊";
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
        "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "文", "华", "晓燕", "志刚", "海燕", "子涵", "浩然",
        "欣怡", "宇轩", "梓萱", "俊杰", "雨涵", "思远", "佳怡", "博文", "诗琪", "泽宇"};
    private static final String[] MOBILE_PREFIXES = {"138", "139", "137", "150", "151", "152", "158", "159", "182",
        "187", "188", "135", "136", "173", "177", "180", "189", "199"};
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private DemoPeople() {
    }

    static List<Person> of(DemoInstitution institution, int count) {
        Random random = new Random(Long.parseLong(institution.regionCode()));
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
            String district = institution.districts().get(random.nextInt(institution.districts().size()));
            LocalDate birth = LocalDate.of(1976, 1, 1).plusDays(random.nextInt(28 * 365));
            // The sequence number is unique per institution, so no two demo people share a number.
            String first17 = district + BASIC.format(birth) + String.format("%03d", 101 + i);
            IdCardNumber idCard = IdCardNumber.of(first17 + IdCardNumber.checkCharacter(first17));
            String phone = MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                    + String.format("%08d", random.nextInt(100_000_000));
            people.add(new Person(name, idCard, phone));
        }
        return people;
    }
}
