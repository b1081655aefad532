-- Text that cannot break an output: control characters are refused on input from now on; this removes those
-- stored before (a vertical tab in a summary made every feed ill-formed). Every text, varchar and text[] column
-- of the tables people fill, their audit tables (_aud) and the account and report logs loses the C0 controls but
-- tab, line feed and carriage return, DEL, the C1 controls and U+FFFE/U+FFFF (PostgreSQL never stored NUL).
-- Only rows holding one are written. Left alone: Flyway's history, the session store and the page cache (a
-- cache, emptied below so every page is made again from the cleaned text).
do $$
declare
    refused constant text := '[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\uFFFE\uFFFF]';
    col record;
begin
    for col in
        select c.table_name, c.column_name, c.data_type
        from information_schema.columns c
        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
        where c.table_schema = current_schema()
          and t.table_type = 'BASE TABLE'
          and c.is_generated = 'NEVER'
          and (c.data_type in ('text', 'character varying') or c.udt_name in ('_text', '_varchar'))
          and c.table_name not in ('flyway_schema_history', 'spring_session', 'spring_session_attributes',
                                   'rendered_page', 'public_content_change')
        order by c.table_name, c.column_name
    loop
        begin
            if col.data_type = 'ARRAY' then
                execute format(
                    'update %1$I set %2$I = (select array_agg(regexp_replace(v, $1, '''', ''g'') order by n)'
                    || ' from unnest(%2$I) with ordinality as u(v, n))'
                    || ' where array_to_string(%2$I, '' '') ~ $1', col.table_name, col.column_name)
                    using refused;
            else
                execute format('update %1$I set %2$I = regexp_replace(%2$I, $1, '''', ''g'') where %2$I ~ $1',
                               col.table_name, col.column_name)
                    using refused;
            end if;
        exception when unique_violation then
            -- two values that differ only by a control character: both kept (feeds strip it on output)
            raise warning 'Control characters left in %.% (the cleaned value would repeat another)',
                col.table_name, col.column_name;
        end;
    end loop;
end
$$;

delete from rendered_page;
update public_content_version set version = version + 1, changed_at = now() where id = 1;
