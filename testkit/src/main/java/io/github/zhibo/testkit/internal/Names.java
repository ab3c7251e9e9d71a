package io.github.zhibo.testkit.internal;

import io.github.zhibo.core.id.Province;
import java.util.List;
import java.util.random.RandomGenerator;

/** Synthetic Chinese names, company names and addresses, for records that need realistic text. */
public final class Names {

  private static final List<String> SURNAMES =
      List.of("王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "欧阳");
  private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂";
  private static final List<String> TRADE =
      List.of("星辰", "优选", "鲜果", "云帆", "禾木", "锦程", "悦享", "百川", "新元", "乐购");
  private static final List<String> FORMS = List.of("有限公司", "商贸有限公司", "电子商务有限公司", "科技有限公司");
  private static final List<String> ROADS = List.of("建国路", "人民路", "解放路", "中山路", "文化路", "长江路");

  private Names() {}

  /** A person's name of two or three characters. */
  public static String person(RandomGenerator r) {
    StringBuilder b = new StringBuilder(pick(r, SURNAMES));
    int n = 1 + r.nextInt(2);
    for (int i = 0; i < n; i++) {
      b.append(GIVEN.charAt(r.nextInt(GIVEN.length())));
    }
    return b.toString();
  }

  /** A company name in {@code province}. */
  public static String company(RandomGenerator r, Province province) {
    return province.chineseName() + pick(r, TRADE) + pick(r, FORMS);
  }

  /** An individual business name (个体工商户字号). */
  public static String individualBusiness(RandomGenerator r) {
    return pick(r, TRADE) + pick(r, List.of("小店", "商行", "工作室"));
  }

  /** A street address in {@code province}. */
  public static String address(RandomGenerator r, Province province) {
    return province.chineseName() + "市" + pick(r, ROADS) + (1 + r.nextInt(300)) + "号";
  }

  /** A random mainland province. */
  public static Province province(RandomGenerator r) {
    Province[] all = Province.values();
    return all[r.nextInt(all.length)];
  }

  /** One of {@code values}. */
  public static <T> T pick(RandomGenerator r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }
}
