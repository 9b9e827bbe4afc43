#include "claimtrack/text/html.hpp"

#include "claimtrack/core/error.hpp"

#include <catch2/catch.hpp>

using namespace claimtrack;

TEST_CASE("saved HTML page: main text, title, URL and date", "[text]") {
    const std::string page = R"(<!DOCTYPE html>
<html><head>
<title>Site name | Story</title>
<meta property="og:title" content="Troops retake river village">
<meta property="article:published_time" content="2023-06-12T08:30:00Z">
<link rel="canonical" href="https://example.org/story">
<script>var tracking = "Avdiivka captured";</script>
</head><body>
<nav><p>Home | World | Europe</p></nav>
<article>
  <h1>Troops retake river village</h1>
  <p>Ukrainian forces recaptured the village of Neskuchne, the army said&nbsp;on Monday.</p>
  <figure><figcaption>A caption that is not the story.</figcaption></figure>
  <p>Fighting continued further south.</p>
</article>
<footer><p>Copyright notice</p></footer>
</body></html>)";
    const auto doc = text::parse_html_article(page, "story.html");
    CHECK(doc.title == "Troops retake river village");
    CHECK(doc.url == "https://example.org/story");
    REQUIRE(doc.published);
    CHECK(doc.published->iso() == "2023-06-12");
    CHECK(doc.text.find("recaptured the village of Neskuchne, the army said on Monday.") != std::string::npos);
    CHECK(doc.text.find("Fighting continued") != std::string::npos);
    CHECK(doc.text.find("Home | World") == std::string::npos);
    CHECK(doc.text.find("tracking") == std::string::npos);
    CHECK(doc.text.find("caption") == std::string::npos);
    CHECK(doc.text.find("Copyright") == std::string::npos);
}

TEST_CASE("HTML dates from JSON-LD and <time>", "[text]") {
    SECTION("JSON-LD datePublished") {
        const std::string page = R"(<html><head><script type="application/ld+json">
{"@context":"https://schema.org","@graph":[{"@type":"NewsArticle","datePublished":"2024-02-17T10:00:00+02:00"}]}
</script></head><body><p>Body text here.</p></body></html>)";
        const auto doc = text::parse_html_article(page, "ld.html");
        REQUIRE(doc.published);
        CHECK(doc.published->iso() == "2024-02-17");
    }
    SECTION("<time datetime>") {
        const std::string page =
            R"(<html><body><time datetime="2022-09-10">10 Sept</time><p>Body text.</p></body></html>)";
        CHECK(text::parse_html_article(page, "t.html").published->iso() == "2022-09-10");
    }
    SECTION("a page without text is refused") {
        REQUIRE_THROWS_AS(text::parse_html_article("<html><body><nav>menu</nav></body></html>", "nav.html"),
                          InputError);
    }
}

TEST_CASE("RSS and Atom feeds: one document per item", "[text]") {
    SECTION("RSS 2.0") {
        const std::string rss = R"(<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>First</title><link>https://example.org/1</link><pubDate>Tue, 10 Sep 2024 07:00:00 GMT</pubDate>
<description>&lt;p&gt;Russian troops entered the village, the ministry said.&lt;/p&gt;</description></item>
<item><title>Empty</title><link>https://example.org/2</link></item>
</channel></rss>)";
        std::vector<std::string> errors;
        const auto docs = text::parse_feed(rss, "wire.rss", errors);
        REQUIRE(docs.size() == 1);
        CHECK(docs[0].title == "First");
        CHECK(docs[0].url == "https://example.org/1");
        CHECK(docs[0].published->iso() == "2024-09-10");
        CHECK(docs[0].text == "Russian troops entered the village, the ministry said.");
        REQUIRE(errors.size() == 1);
        CHECK(errors[0] == "wire.rss: item 2: no text");
    }
    SECTION("Atom") {
        const std::string atom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><title>Update</title><link href="https://example.org/a"/><published>2025-03-03T12:00:00Z</published>
<content type="html">&lt;p&gt;Ukrainian units pulled back from two villages.&lt;/p&gt;</content></entry>
</feed>)";
        std::vector<std::string> errors;
        const auto docs = text::parse_feed(atom, "blog.atom", errors);
        REQUIRE(docs.size() == 1);
        CHECK(docs[0].url == "https://example.org/a");
        CHECK(docs[0].published->iso() == "2025-03-03");
        CHECK(docs[0].text == "Ukrainian units pulled back from two villages.");
    }
    SECTION("RFC 822 dates") {
        CHECK(text::parse_feed_date("Mon, 02 Oct 2023 10:00:00 +0300")->iso() == "2023-10-02");
        CHECK(text::parse_feed_date("2 Oct 2023")->iso() == "2023-10-02");
        CHECK_FALSE(text::parse_feed_date("31 Feb 2023"));
        CHECK_FALSE(text::parse_feed_date("yesterday"));
    }
    CHECK(text::looks_like_feed("<?xml version=\"1.0\"?><rss>"));
    CHECK(text::looks_like_html("<!DOCTYPE html><html>"));
    CHECK_FALSE(text::looks_like_html("url: x\n\nbody"));
}
