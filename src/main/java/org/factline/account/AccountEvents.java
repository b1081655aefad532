package org.factline.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountEvents extends JpaRepository<AccountEvent, Long> {}
