package org.factline.timeline;

import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.factline.publishing.PublicPage;
import org.factline.shared.LanguageAddresses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * robots.txt and the sitemap: an index pointing at one file of pages (home, speakers, topics, policy
 * pages) and as many files of claim pages as needed, each well under the sitemap limit of 50,000 URLs.
 * Every page is listed at its address in each language, with its hreflang alternates.
 */
@Controller
class SitemapController {

    /** Each listed in both languages: 40,000 URLs a file. */
    static final int CLAIMS_PER_FILE = 20_000;

    private static final MediaType XML = MediaType.valueOf("application/xml;charset=UTF-8");
    private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private final ClaimListings listings;
    private final PublicSite site;

    SitemapController(ClaimListings listings, PublicSite site) {
        this.listings = listings;
        this.site = site;
    }

    @PublicPage
    @GetMapping(value = "/robots.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> robots() {
        return ResponseEntity.ok()
                .contentType(MediaType.valueOf("text/plain;charset=UTF-8"))
                .body("""
                        User-agent: *
                        Disallow: /desk/
                        Disallow: /admin/
                        Disallow: /login
                        Disallow: /search
                        Allow: /

                        Sitemap: %s
                        """.formatted(site.absolute("/sitemap.xml")));
    }

    @PublicPage
    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index() throws XMLStreamException {
        long files = Math.max(1, (listings.publishedCount() + CLAIMS_PER_FILE - 1) / CLAIMS_PER_FILE);
        return write(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(NS);
            sitemap(xml, "/sitemap-pages.xml");
            for (int i = 0; i < files; i++) {
                sitemap(xml, "/sitemap-claims-" + i + ".xml");
            }
            xml.writeEndElement();
        });
    }

    @PublicPage
    @GetMapping("/sitemap-pages.xml")
    ResponseEntity<String> pages() throws XMLStreamException {
        var entries = new ArrayList<ClaimListings.SitemapEntry>();
        for (var path : List.of("/", "/methodology", "/corrections")) {
            entries.add(new ClaimListings.SitemapEntry(path, null));
        }
        entries.addAll(listings.sitemapSpeakersAndTopics());
        return urls(entries);
    }

    @PublicPage
    @GetMapping("/sitemap-claims-{file:\\d{1,6}}.xml")
    ResponseEntity<String> claims(@PathVariable int file) throws XMLStreamException {
        var entries = listings.sitemapClaims(file, CLAIMS_PER_FILE);
        if (entries.isEmpty() && file > 0) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return urls(entries);
    }

    /**
     * Each page once per language, each with its versions in every language and the x-default as
     * {@code xhtml:link} alternates (as Google reads hreflang from sitemaps).
     */
    private ResponseEntity<String> urls(List<ClaimListings.SitemapEntry> entries) throws XMLStreamException {
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(NS);
            xml.writeNamespace("xhtml", XHTML);
            for (var entry : entries) {
                var alternates = ReaderAddresses.alternates(site, entry.path());
                for (var language : LanguageAddresses.LANGUAGES) {
                    xml.writeStartElement("url");
                    xml.writeStartElement("loc");
                    xml.writeCharacters(site.absolute(LanguageAddresses.of(language, entry.path())));
                    xml.writeEndElement();
                    if (entry.changed() != null) {
                        xml.writeStartElement("lastmod");
                        xml.writeCharacters(LocalDate.ofInstant(entry.changed(), ZoneOffset.UTC)
                                .toString());
                        xml.writeEndElement();
                    }
                    for (var alternate : alternates) {
                        xml.writeEmptyElement("xhtml", "link", XHTML);
                        xml.writeAttribute("rel", "alternate");
                        xml.writeAttribute("hreflang", alternate.hreflang());
                        xml.writeAttribute("href", alternate.href());
                    }
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
        });
    }

    private void sitemap(XMLStreamWriter xml, String path) throws XMLStreamException {
        xml.writeStartElement("sitemap");
        xml.writeStartElement("loc");
        xml.writeCharacters(site.absolute(path));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static ResponseEntity<String> write(Body body) throws XMLStreamException {
        var out = new StringWriter();
        var xml = CleanXml.writer(out);
        xml.writeStartDocument("UTF-8", "1.0");
        body.write(xml);
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(XML).body(out.toString());
    }
}
