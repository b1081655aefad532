package org.factline.timeline;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final String VIEW = "timeline/home";

    private final ReaderPages pages;

    HomeController(ReaderPages pages) {
        this.pages = pages;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("claims", pages.latest(50));
        return VIEW;
    }
}
