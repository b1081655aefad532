package org.factline.demo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.factline.account.AccountManagement;
import org.factline.account.Role;
import org.factline.article.ArticleManagement;
import org.factline.article.NewArticle;
import org.factline.claim.Attribution;
import org.factline.claim.ClaimManagement;
import org.factline.claim.DatePrecision;
import org.factline.claim.NewAppearance;
import org.factline.claim.NewClaim;
import org.factline.claim.QuoteKind;
import org.factline.evidence.EvidenceManagement;
import org.factline.evidence.NewSource;
import org.factline.evidence.SourceKind;
import org.factline.evidence.Stance;
import org.factline.shared.Bilingual;
import org.factline.speaker.NewSpeaker;
import org.factline.speaker.NewSpeaker.HeldRole;
import org.factline.speaker.SpeakerKind;
import org.factline.speaker.SpeakerManagement;
import org.factline.system.FactlineProperties;
import org.factline.verdict.NewVerdict;
import org.factline.verdict.VerdictManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo a new user sees: the TribunWow article of August 2022 on North Korea and Donetsk, with
 * its speakers, claims, sources and verdicts. Loaded once, all or nothing, before the web server
 * opens its port, and only into an empty embedded database unless FACTLINE_DEMO=true: before the
 * account module makes sure the instance has an administrator, so that a demo instance needs no one-time
 * administrator password.
 */
@Component
@DependsOnDatabaseInitialization
class DemoData implements SmartInitializingSingleton {

    static final String DEMO_PASSWORD = "factline-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final FactlineProperties properties;
    private final ObjectProvider<EmbeddedPostgres> embedded;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final AccountManagement accounts;
    private final SpeakerManagement speakers;
    private final ArticleManagement articles;
    private final ClaimManagement claims;
    private final EvidenceManagement evidence;
    private final VerdictManagement verdicts;

    DemoData(
            FactlineProperties properties,
            ObjectProvider<EmbeddedPostgres> embedded,
            JdbcClient jdbc,
            TransactionTemplate transaction,
            AccountManagement accounts,
            SpeakerManagement speakers,
            ArticleManagement articles,
            ClaimManagement claims,
            EvidenceManagement evidence,
            VerdictManagement verdicts) {
        this.properties = properties;
        this.embedded = embedded;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.accounts = accounts;
        this.speakers = speakers;
        this.articles = articles;
        this.claims = claims;
        this.evidence = evidence;
        this.verdicts = verdicts;
    }

    @Override
    public void afterSingletonsInstantiated() {
        boolean wanted = properties.demo() != null ? properties.demo() : embedded.getIfAvailable() != null;
        if (!wanted) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            // one demo load at a time, even when several instances start together
            jdbc.sql("select pg_advisory_xact_lock(7206452001)").query().singleRow();
            if (hasEditorialData()) {
                log.info("Database already holds claims, speakers or articles: no demo data loaded");
                return;
            }
            load();
            log.info("Loaded the demo data (TribunWow, August 2022); demo sign-ins are listed in the README");
        });
    }

    private boolean hasEditorialData() {
        return jdbc.sql(
                        "select exists (select 1 from speaker) or exists (select 1 from article) or exists (select 1 from claim)")
                .query(Boolean.class)
                .single();
    }

    private void load() {
        var reporter = accounts.findByEmail("reporter@factline.demo")
                .orElseGet(() -> accounts.createUser(
                        "reporter@factline.demo", "Dewi Lestari", DEMO_PASSWORD, Set.of(Role.REPORTER)));
        var editor = accounts.findByEmail("editor@factline.demo")
                .orElseGet(() -> accounts.createUser(
                        "editor@factline.demo", "Budi Santoso", DEMO_PASSWORD, Set.of(Role.REPORTER, Role.EDITOR)));
        accounts.findByEmail("admin@factline.demo")
                .orElseGet(() -> accounts.createUser(
                        "admin@factline.demo",
                        "Factline Admin",
                        DEMO_PASSWORD,
                        Set.of(Role.REPORTER, Role.EDITOR, Role.ADMIN)));

        var pushilin = speakers.create(new NewSpeaker(
                SpeakerKind.PERSON,
                "Denis Pushilin",
                "Russian-installed leader of the occupied part of Ukraine's Donetsk region.",
                "Head of the self-proclaimed Donetsk People's Republic",
                null,
                List.of("Денис Пушилин", "Denis Vladimirovich Pushilin"),
                List.of(new HeldRole(
                        "Head of the self-proclaimed Donetsk People's Republic", LocalDate.of(2018, 9, 7), null))));
        var matsegora = speakers.create(new NewSpeaker(
                SpeakerKind.PERSON,
                "Alexander Matsegora",
                "Russian diplomat.",
                "Russian ambassador to North Korea",
                null,
                List.of("Александр Мацегора", "Aleksandr Matsegora"),
                List.of(new HeldRole("Russian ambassador to North Korea", LocalDate.of(2014, 12, 1), null))));
        var putin = speakers.create(new NewSpeaker(
                SpeakerKind.PERSON,
                "Vladimir Putin",
                "President of the Russian Federation.",
                "President of Russia",
                "Q7747",
                List.of("Владимир Путин", "Presiden Rusia"),
                List.of(new HeldRole("President of Russia", LocalDate.of(2012, 5, 7), null))));
        var kim = speakers.create(new NewSpeaker(
                SpeakerKind.PERSON,
                "Kim Jong Un",
                "Leader of North Korea (Democratic People's Republic of Korea).",
                "Leader of North Korea",
                null,
                List.of("Kim Jong-un", "김정은", "Pemimpin Korut"),
                List.of(new HeldRole("Leader of North Korea", LocalDate.of(2011, 12, 17), null))));
        speakers.create(new NewSpeaker(
                SpeakerKind.ORGANISATION,
                "KCNA",
                "Korean Central News Agency, North Korea's state news agency.",
                "State news agency of North Korea",
                null,
                List.of("Korean Central News Agency", "Kantor Berita Pusat Korea", "조선중앙통신"),
                List.of()));

        var article = articles.record(new NewArticle(
                "https://wow.tribunnews.com/2022/08/17/tiru-manuver-putin-dekati-korea-utara-pimpinan-separatis-pro-rusia-di-ukraina-surati-kim-jong-un",
                "Tiru Manuver Putin Dekati Korea Utara, Pimpinan Separatis pro-Rusia di Ukraina Surati Kim Jong Un",
                "TribunWow",
                List.of("Noviana Primaresti"),
                "Atri Wahyu Mukti",
                "id",
                OffsetDateTime.of(2022, 8, 17, 12, 0, 0, 0, ZoneOffset.ofHours(7))
                        .toInstant(),
                OffsetDateTime.of(2022, 8, 18, 9, 0, 0, 0, ZoneOffset.ofHours(7))
                        .toInstant(),
                null,
                null));
        var topics = List.of("North Korea, Russia and Donbas");
        long editorId = editor.getId();
        long reporterId = reporter.getId();

        // Matsegora to Izvestia, July 2022: North Korean builders for Donbas
        var builders = claims.create(new NewClaim(
                matsegora.getId(),
                "Pembangun Korea yang sangat berkualitas dan pekerja keras, yang mampu bekerja dalam kondisi yang paling "
                        + "sulit, dapat membantu kami memulihkan sosial, infrastruktur dan fasilitas industri.",
                "id",
                "Highly qualified, hard-working Korean builders, able to work in the most difficult conditions, could "
                        + "help us restore social, infrastructure and industrial facilities.",
                "en",
                "North Korean builders could help rebuild occupied Donbas",
                "Pekerja bangunan Korea Utara bisa membangun kembali Donbas yang diduduki",
                LocalDate.of(2022, 7, 1),
                DatePrecision.MONTH,
                "in an interview with the Russian newspaper Izvestia",
                topics,
                null,
                null));
        claims.addAppearance(
                builders.getId(),
                new NewAppearance(
                        article.getId(),
                        "Pembangun Korea yang sangat berkualitas dan pekerja keras, yang mampu bekerja dalam kondisi yang paling "
                                + "sulit, dapat membantu kami memulihkan sosial, infrastruktur dan fasilitas industri,",
                        "meskipun ada sanksi PBB. \"",
                        "\" kata Matsegora kepada surat kabar Rusia Izvestia",
                        QuoteKind.DIRECT,
                        List.of(new Attribution("Izvestia", null))));
        evidence.attach(
                builders.getId(),
                new NewSource(
                        null,
                        "Interview with Alexander Matsegora",
                        "Izvestia",
                        LocalDate.of(2022, 7, 18),
                        SourceKind.NEWS_REPORT,
                        Stance.CONTEXT,
                        "Matsegora said North Korean workers could be sent to help rebuild infrastructure in Donetsk and Luhansk.",
                        null,
                        null));
        evidence.attach(
                builders.getId(),
                new NewSource(
                        "https://undocs.org/S/RES/2375(2017)",
                        "UN Security Council resolution 2375 (2017)",
                        "United Nations",
                        LocalDate.of(2017, 9, 11),
                        SourceKind.PRIMARY_DOCUMENT,
                        Stance.CONTRADICTS,
                        "Member states shall not provide work authorizations for nationals of the DPRK in their jurisdictions.",
                        null,
                        null));
        publishReviewed(
                verdicts.draft(new NewVerdict(
                                builders.getId(),
                                rating("unproven"),
                                new Bilingual(
                                        "Whether North Korean builders could rebuild Donbas is a forecast; no workers had been sent when it was said.",
                                        "Apakah pekerja Korea Utara bisa membangun kembali Donbas adalah ramalan; belum ada pekerja yang dikirim saat itu."),
                                new Bilingual(
                                        "Matsegora's remark is a forecast, not a statement of fact: in July 2022 no North Korean workers had been "
                                                + "sent to the occupied Donetsk or Luhansk regions, so there is nothing yet to check about what they "
                                                + "could do.\n\nWhat can be checked is the legal setting. UN Security Council resolution 2375 (2017) "
                                                + "bars member states, Russia included, from giving work authorizations to North Korean nationals, "
                                                + "and resolution 2397 (2017) required them to send North Korean workers home by the end of 2019.",
                                        "Ucapan Matsegora adalah ramalan, bukan pernyataan fakta: pada Juli 2022 belum ada pekerja Korea Utara "
                                                + "yang dikirim ke wilayah Donetsk atau Luhansk yang diduduki, jadi belum ada yang bisa diperiksa "
                                                + "tentang apa yang dapat mereka kerjakan.\n\nYang bisa diperiksa adalah aturan hukumnya. Resolusi "
                                                + "Dewan Keamanan PBB 2375 (2017) melarang negara anggota, termasuk Rusia, memberi izin kerja kepada "
                                                + "warga Korea Utara, dan resolusi 2397 (2017) mewajibkan mereka memulangkan pekerja Korea Utara "
                                                + "paling lambat akhir 2019."),
                                reporterId))
                        .getId(),
                editorId);

        // Matsegora: economic cooperation despite UN sanctions (paraphrased)
        var sanctions = claims.create(new NewClaim(
                matsegora.getId(),
                "Ada banyak peluang untuk kerja sama ekonomi antara Korea Utara dan republik yang memproklamirkan diri di "
                        + "wilayah Donbas Ukraina, meskipun ada sanksi PBB.",
                "id",
                "There are many opportunities for economic cooperation between North Korea and the self-proclaimed "
                        + "republics in Ukraine's Donbas region, despite UN sanctions.",
                "en",
                "UN sanctions leave room for North Korea–Donbas economic cooperation",
                "Sanksi PBB masih memberi ruang kerja sama ekonomi Korea Utara–Donbas",
                LocalDate.of(2022, 7, 1),
                DatePrecision.MONTH,
                "in an interview with the Russian newspaper Izvestia",
                topics,
                null,
                null));
        claims.addAppearance(
                sanctions.getId(),
                new NewAppearance(
                        article.getId(),
                        "Matsegora mengatakan ada banyak peluang untuk kerja sama ekonomi antara Korea Utara dan republik yang "
                                + "memproklamirkan diri di wilayah Donbas Ukraina, meskipun ada sanksi PBB.",
                        "akibat perang di republik rakyat yang memproklamirkan diri di Donetsk dan Luhansk.\n",
                        "\"Pembangun Korea yang sangat berkualitas",
                        QuoteKind.PARAPHRASE,
                        List.of(new Attribution("Izvestia", null))));
        evidence.attach(
                sanctions.getId(),
                new NewSource(
                        "https://undocs.org/S/RES/2397(2017)",
                        "UN Security Council resolution 2397 (2017)",
                        "United Nations",
                        LocalDate.of(2017, 12, 22),
                        SourceKind.PRIMARY_DOCUMENT,
                        Stance.CONTRADICTS,
                        "Member states shall repatriate to the DPRK all DPRK nationals earning income in their jurisdiction "
                                + "within 24 months.",
                        null,
                        null));
        evidence.attach(
                sanctions.getId(),
                new NewSource(
                        "https://undocs.org/S/RES/2375(2017)",
                        "UN Security Council resolution 2375 (2017)",
                        "United Nations",
                        LocalDate.of(2017, 9, 11),
                        SourceKind.PRIMARY_DOCUMENT,
                        Stance.CONTRADICTS,
                        "Bans joint ventures with DPRK entities and work authorizations for DPRK nationals.",
                        null,
                        null));
        evidence.attach(
                sanctions.getId(),
                new NewSource(
                        null,
                        "Interview with Alexander Matsegora",
                        "Izvestia",
                        LocalDate.of(2022, 7, 18),
                        SourceKind.NEWS_REPORT,
                        Stance.CONTEXT,
                        null,
                        null,
                        null));
        publishReviewed(
                verdicts.draft(new NewVerdict(
                                sanctions.getId(),
                                rating("misleading"),
                                new Bilingual(
                                        "UN sanctions ban the joint ventures and the North Korean labour such cooperation would need.",
                                        "Sanksi PBB melarang usaha patungan dan tenaga kerja Korea Utara yang dibutuhkan kerja sama itu."),
                                new Bilingual(
                                        "The remark presents UN sanctions as a hurdle that can be worked around. They are binding on Russia, "
                                                + "a permanent member of the Security Council that voted for them.\n\nResolution 2375 (2017) bans "
                                                + "joint ventures with North Korean entities and work authorizations for North Korean nationals; "
                                                + "resolution 2397 (2017) required every member state to send North Korean workers home within 24 "
                                                + "months. Sending labourers to the occupied regions would breach both.",
                                        "Ucapan itu menggambarkan sanksi PBB sebagai rintangan yang bisa diakali. Sanksi itu mengikat Rusia, "
                                                + "anggota tetap Dewan Keamanan yang ikut menyetujuinya.\n\nResolusi 2375 (2017) melarang usaha "
                                                + "patungan dengan entitas Korea Utara dan izin kerja bagi warga Korea Utara; resolusi 2397 (2017) "
                                                + "mewajibkan setiap negara anggota memulangkan pekerja Korea Utara dalam 24 bulan. Mengirim buruh "
                                                + "ke wilayah yang diduduki akan melanggar keduanya."),
                                reporterId))
                        .getId(),
                editorId);

        // Putin's Liberation Day message, 15 August 2022, as reported by RIA Novosti
        var redArmy = claims.create(new NewClaim(
                putin.getId(),
                "Rusia menghormati kenangan para prajurit Tentara Merah dan patriot Korea yang berjuang bahu-membahu untuk "
                        + "pembebasan Korea.",
                "id",
                "Russia honours the memory of the Red Army soldiers and Korean patriots who fought shoulder to shoulder "
                        + "for the liberation of Korea.",
                "en",
                "Red Army soldiers and Korean patriots fought side by side to free Korea",
                "Tentara Merah dan patriot Korea berjuang bersama membebaskan Korea",
                LocalDate.of(2022, 8, 15),
                DatePrecision.DAY,
                "in a message to Kim Jong Un on Korea's Liberation Day",
                topics,
                null,
                null));
        claims.addAppearance(
                redArmy.getId(),
                new NewAppearance(
                        article.getId(),
                        "Rusia menghormati kenangan para prajurit Tentara Merah dan patriot Korea yang berjuang bahu-membahu untuk "
                                + "pembebasan Korea,",
                        "ia menyatakan keyakinannya dalam membangun hubungan bilateral. \"",
                        "\" tulis Putin seperti dilaporkan RIA Novosti",
                        QuoteKind.DIRECT,
                        List.of(
                                new Attribution("RIA Novosti", null),
                                new Attribution("Putin's message to Kim Jong Un", null))));
        evidence.attach(
                redArmy.getId(),
                new NewSource(
                        null,
                        "Putin's congratulations to Kim Jong Un on Liberation Day",
                        "RIA Novosti",
                        LocalDate.of(2022, 8, 15),
                        SourceKind.NEWS_REPORT,
                        Stance.CONTEXT,
                        null,
                        null,
                        null));
        evidence.attach(
                redArmy.getId(),
                new NewSource(
                        "https://en.wikipedia.org/wiki/Soviet%E2%80%93Japanese_War",
                        "Soviet–Japanese War",
                        "Wikipedia",
                        null,
                        SourceKind.OTHER,
                        Stance.SUPPORTS,
                        "Soviet forces attacked Japanese positions in northern Korea in August 1945.",
                        null,
                        null));
        evidence.attach(
                redArmy.getId(),
                new NewSource(
                        "https://en.wikipedia.org/wiki/88th_Separate_Rifle_Brigade",
                        "88th Separate Rifle Brigade",
                        "Wikipedia",
                        null,
                        SourceKind.OTHER,
                        Stance.CONTRADICTS,
                        "The Red Army brigade that included Kim Il Sung's Korean guerrillas did not take part in the 1945 fighting.",
                        null,
                        null));
        publishReviewed(
                verdicts.draft(new NewVerdict(
                                redArmy.getId(),
                                rating("half-true"),
                                new Bilingual(
                                        "The Red Army did fight Japan in northern Korea in 1945, but Korean units barely took part.",
                                        "Tentara Merah memang memerangi Jepang di Korea utara pada 1945, tetapi satuan Korea nyaris tidak ikut."),
                                new Bilingual(
                                        "The Soviet Union declared war on Japan on 8 August 1945 and its troops fought Japanese forces in northern "
                                                + "Korea in the days before Japan surrendered.\n\nThe Korean exiles who served in the Red Army, Kim "
                                                + "Il Sung's men in the 88th Separate Rifle Brigade, stayed in the Soviet Union during that fighting "
                                                + "and reached Korea only after it ended. \"Shoulder to shoulder\" overstates their part.",
                                        "Uni Soviet menyatakan perang terhadap Jepang pada 8 Agustus 1945, dan pasukannya bertempur melawan "
                                                + "tentara Jepang di Korea utara pada hari-hari sebelum Jepang menyerah.\n\nPara eksil Korea di "
                                                + "Tentara Merah, anak buah Kim Il Sung di Brigade Senapan Terpisah ke-88, tetap berada di Uni "
                                                + "Soviet selama pertempuran itu dan baru tiba di Korea setelah perang usai. \"Bahu-membahu\" "
                                                + "membesar-besarkan peran mereka."),
                                reporterId))
                        .getId(),
                editorId);

        // Kim Jong Un's reply, reported by KCNA
        var cooperation = claims.create(new NewClaim(
                kim.getId(),
                "Kerja sama, dukungan, dan solidaritas strategis dan taktis antara kedua negara naik ke tingkat baru.",
                "id",
                "Strategic and tactical cooperation, support and solidarity between the two countries have risen to a "
                        + "new level.",
                "en",
                "North Korea–Russia cooperation has risen to a new level",
                "Kerja sama Korea Utara–Rusia naik ke tingkat baru",
                LocalDate.of(2022, 8, 15),
                DatePrecision.DAY,
                "in a Liberation Day message to Vladimir Putin",
                topics,
                null,
                null));
        claims.addAppearance(
                cooperation.getId(),
                new NewAppearance(
                        article.getId(),
                        "saat ini kerja sama, dukungan, dan solidaritas strategis dan taktis antara kedua negara",
                        "terus menguat dan berkembang dari zaman ke zaman, dan ",
                        ". dua negara naik ke tingkat baru",
                        QuoteKind.DIRECT,
                        List.of(
                                new Attribution("KCNA", null),
                                new Attribution("Kim Jong Un's message to Vladimir Putin", null))));
        evidence.attach(
                cooperation.getId(),
                new NewSource(
                        null,
                        "KCNA report of Kim Jong Un's message to Vladimir Putin",
                        "KCNA",
                        LocalDate.of(2022, 8, 15),
                        SourceKind.OFFICIAL_STATEMENT,
                        Stance.CONTEXT,
                        null,
                        null,
                        null));
        evidence.attach(
                cooperation.getId(),
                new NewSource(
                        "https://digitallibrary.un.org/record/3959039",
                        "UN General Assembly resolution ES-11/1: voting record",
                        "United Nations",
                        LocalDate.of(2022, 3, 2),
                        SourceKind.PRIMARY_DOCUMENT,
                        Stance.SUPPORTS,
                        "North Korea was one of five states to vote against the resolution demanding Russia's withdrawal from "
                                + "Ukraine.",
                        null,
                        null));
        publishReviewed(
                verdicts.draft(new NewVerdict(
                                cooperation.getId(),
                                rating("mostly-true"),
                                new Bilingual(
                                        "North Korea backed Russia at the UN and recognised the Donetsk and Luhansk \"republics\" in 2022.",
                                        "Korea Utara mendukung Rusia di PBB dan mengakui \"republik\" Donetsk dan Luhansk pada 2022."),
                                new Bilingual(
                                        "In March 2022 North Korea was one of five countries to vote against the UN General Assembly resolution "
                                                + "condemning Russia's invasion of Ukraine, and in July 2022 it recognised the Russian-backed "
                                                + "\"republics\" of Donetsk and Luhansk.\n\n\"Strategic and tactical cooperation\" has no public "
                                                + "measure, so the size of the change cannot be checked; the direction can.",
                                        // the reasons not translated yet: the Indonesian page shows them in English,
                                        // marked so
                                        null),
                                reporterId))
                        .getId(),
                editorId);

        // Pushilin's letter, via KCNA and The Guardian: left in the desk as a draft for the demo
        var donbas = claims.create(new NewClaim(
                pushilin.getId(),
                "Orang-orang di wilayah Donbas juga berjuang untuk mendapatkan kembali kebebasan dan keadilan sejarah "
                        + "mereka hari ini seperti yang dilakukan rakyat Korea 77 tahun yang lalu.",
                "id",
                "The people of Donbas are also fighting today to regain their freedom and historical justice, as the "
                        + "Korean people did 77 years ago.",
                "en",
                "Donbas is fighting for freedom as Korea did in 1945",
                "Donbas berjuang untuk kebebasan seperti Korea pada 1945",
                LocalDate.of(2022, 8, 15),
                DatePrecision.DAY,
                "in a letter to Kim Jong Un on Korea's Liberation Day",
                topics,
                null,
                null));
        claims.addAppearance(
                donbas.getId(),
                new NewAppearance(
                        article.getId(),
                        "Orang-orang di wilayah Donbas juga berjuang untuk mendapatkan kembali kebebasan dan keadilan sejarah "
                                + "mereka hari ini seperti yang dilakukan rakyat Korea 77 tahun yang lalu,",
                        "dari presiden Rusia, Vladimir Putin. \"",
                        "\" kata laporan itu mengutip surat Pushilin.",
                        QuoteKind.DIRECT,
                        List.of(
                                new Attribution("The Guardian", null),
                                new Attribution("KCNA", null),
                                new Attribution("Pushilin's letter to Kim Jong Un", null))));
        evidence.attach(
                donbas.getId(),
                new NewSource(
                        null,
                        "Report on Pushilin's message to Kim Jong Un",
                        "The Guardian",
                        LocalDate.of(2022, 8, 17),
                        SourceKind.NEWS_REPORT,
                        Stance.CONTEXT,
                        null,
                        null,
                        null));
        evidence.attach(
                donbas.getId(),
                new NewSource(
                        null,
                        "KCNA report of Pushilin's message",
                        "KCNA",
                        LocalDate.of(2022, 8, 17),
                        SourceKind.OFFICIAL_STATEMENT,
                        Stance.CONTEXT,
                        null,
                        null,
                        null));

        claims.create(new NewClaim(
                pushilin.getId(),
                "Kerja sama bilateral yang sama-sama menguntungkan akan dicapai antara Republik Rakyat Donetsk dan Republik "
                        + "Rakyat Demokratik Korea.",
                "id",
                "Mutually beneficial bilateral cooperation will be achieved between the Donetsk People's Republic and the "
                        + "Democratic People's Republic of Korea.",
                "en",
                null,
                LocalDate.of(2022, 8, 15),
                DatePrecision.DAY,
                "in a letter to Kim Jong Un on Korea's Liberation Day",
                topics,
                null,
                null));
    }

    private long rating(String code) {
        return verdicts.rating(VerdictManagement.DEFAULT_SCALE, code)
                .orElseThrow()
                .getId();
    }

    private void publishReviewed(long verdictId, long reviewerId) {
        verdicts.publishReviewed(verdictId, reviewerId);
    }
}
