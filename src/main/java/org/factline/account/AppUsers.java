package org.factline.account;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.factline.shared.ControlCharacters;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AppUsers extends JpaRepository<AppUser, Long> {

    @Query("select u from AppUser u where lower(u.email) = lower(?1)")
    Optional<AppUser> findByEmail(String email);

    /**
     * The account of an e-mail as someone typed it (signing in): one holding a control character is no one's,
     * and never reaches PostgreSQL, which refuses a NUL with an error.
     */
    default Optional<AppUser> findByTypedEmail(String email) {
        return ControlCharacters.find(email, false).isPresent() ? Optional.empty() : findByEmail(email);
    }

    List<AppUser> findByIdIn(Collection<Long> ids);

    @Query("select count(u) > 0 from AppUser u join u.roles r where r = ?1")
    boolean existsWithRole(Role role);
}
