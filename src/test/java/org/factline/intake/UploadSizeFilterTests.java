package org.factline.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class UploadSizeFilterTests {

    private final UploadSizeFilter filter = new UploadSizeFilter(100);

    @Test
    void anUploadAnnouncingMoreThanTheLimitIsSentBackToTheFormUnread() throws Exception {
        var request = new MockHttpServletRequest("POST", "/desk/import");
        request.setContent(new byte[101]);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/desk/import?tooLarge=true");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void smallerUploadsAndOtherRequestsPass() throws Exception {
        var request = new MockHttpServletRequest("POST", "/desk/import");
        request.setContent(new byte[100]);
        var chain = new MockFilterChain();
        filter.doFilter(request, new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isSameAs(request);

        var other = new MockHttpServletRequest("POST", "/desk/import/abc");
        other.setContent(new byte[1000]);
        var otherChain = new MockFilterChain();
        filter.doFilter(other, new MockHttpServletResponse(), otherChain);
        assertThat(otherChain.getRequest()).isSameAs(other);
    }
}
