import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;

/**
 * Checks a random sample of the generated third parties against the app's own code: sort_name and name_key
 * (ThirdParties.sortName, .nameKey), search_text (ThirdParty.searchText, with libphonenumber) and the stored E.164 forms
 * (Phones.e164 with the third party's country). Run by bench/generate with the app's classes on the class path:
 *
 * <pre>java -cp "x/BOOT-INF/classes:x/BOOT-INF/lib/*" bench/Verify.java jdbc:postgresql://... user [sample]</pre>
 */
public class Verify {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int sample = args.length > 2 ? Integer.parseInt(args[2]) : 5000;
        Class<?> repo = Class.forName("io.relance.party.core.ThirdParties");
        Class<?> entity = Class.forName("io.relance.party.core.ThirdParty");
        Class<?> phones = Class.forName("io.relance.shared.Phones");
        Field columns = repo.getDeclaredField("COLUMNS");
        columns.setAccessible(true);
        Method map = repo.getDeclaredMethod("map", ResultSet.class, int.class);
        map.setAccessible(true);
        Method sortName = repo.getDeclaredMethod("sortName", String.class);
        sortName.setAccessible(true);
        Method nameKey = repo.getDeclaredMethod("nameKey", String.class);
        nameKey.setAccessible(true);
        Method searchText = entity.getDeclaredMethod("searchText", String.class);
        searchText.setAccessible(true);
        Method e164 = phones.getMethod("e164", String.class, String.class);

        int checked = 0;
        int bad = 0;
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            String region;
            try (ResultSet rs = c.createStatement()
                    .executeQuery("SELECT country FROM workspaces WHERE name = 'Default'")) {
                rs.next();
                region = rs.getString(1);
            }
            PreparedStatement ps = c.prepareStatement("SELECT " + columns.get(null)
                    + ", t.sort_name AS stored_sort_name, t.name_key AS stored_name_key, t.search_text AS stored_search_text"
                    + " FROM third_parties t TABLESAMPLE BERNOULLI (5) REPEATABLE (7) LIMIT ?");
            ps.setInt(1, sample);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    checked++;
                    Object tp = map.invoke(null, rs, checked);
                    String name = rs.getString("name");
                    String country = rs.getString("country");
                    String expectedSearch = (String) searchText.invoke(tp, region);
                    String expectedSort = (String) sortName.invoke(null, name);
                    String expectedKey = (String) nameKey.invoke(null, name);
                    String phoneE164 = ((java.util.Optional<?>) e164.invoke(null, rs.getString("phone"), country))
                            .map(Object::toString).orElse(null);
                    String mobileE164 = ((java.util.Optional<?>) e164.invoke(null, rs.getString("mobile"), country))
                            .map(Object::toString).orElse(null);
                    boolean ok = expectedSearch.equals(rs.getString("stored_search_text"))
                            && expectedSort.equals(rs.getString("stored_sort_name"))
                            && expectedKey.equals(rs.getString("stored_name_key"))
                            && Objects.equals(phoneE164, rs.getString("phone_e164"))
                            && Objects.equals(mobileE164, rs.getString("mobile_e164"));
                    if (!ok) {
                        bad++;
                        if (bad <= 10) {
                            System.err.println("MISMATCH " + rs.getString("code") + " " + country + " phone="
                                    + rs.getString("phone") + " mobile=" + rs.getString("mobile")
                                    + "\n  app:    " + expectedSort + " | " + expectedKey + " | " + expectedSearch + " | " + phoneE164
                                    + " " + mobileE164
                                    + "\n  stored: " + rs.getString("stored_sort_name") + " | "
                                    + rs.getString("stored_name_key") + " | "
                                    + rs.getString("stored_search_text") + " | " + rs.getString("phone_e164") + " "
                                    + rs.getString("mobile_e164"));
                        }
                    }
                }
            }
        }
        System.out.println("verify: " + checked + " sampled rows, " + bad + " differ from the app's own computation");
        if (bad > 0 || checked == 0) {
            System.exit(1);
        }
    }
}
