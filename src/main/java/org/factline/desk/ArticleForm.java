package org.factline.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

record ArticleForm(
        @NotBlank @Size(max = 2000) String url,
        @NotBlank @Size(max = 500) String title,
        @NotBlank @Size(max = 200) String outlet,
        @Size(max = 500) String authors,
        @Size(max = 200) String editor,
        @PastOrPresent LocalDate publishedOn,

        @NotBlank @Pattern(regexp = "[a-z]{2,3}", message = "{desk.error.language}")
        String language,

        @Size(max = 200_000) String body) {

    static ArticleForm empty() {
        return new ArticleForm("", "", "", "", "", null, "id", "");
    }
}
