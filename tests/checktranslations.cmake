# Runs lupdate over the sources into copies of the .ts files and fails when a string lacks a
# translation in either language, so a new tr() cannot land untranslated.
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
file(GLOB_RECURSE sources
  "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h"
  "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
  "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h")
file(WRITE "${WORK_DIR}/sources.lst" "")
foreach(s IN LISTS sources)
  file(APPEND "${WORK_DIR}/sources.lst" "${s}\n")
endforeach()
set(failed FALSE)
foreach(lang en ko)
  file(COPY "${SOURCE_DIR}/translations/gontainer_${lang}.ts" DESTINATION "${WORK_DIR}")
  execute_process(
    COMMAND "${LUPDATE}" -locations none -no-obsolete "@${WORK_DIR}/sources.lst"
            -ts "${WORK_DIR}/gontainer_${lang}.ts"
    RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed: ${err}")
  endif()
  file(READ "${WORK_DIR}/gontainer_${lang}.ts" content)
  string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*<translation type=\"unfinished\"" missing "${content}")
  string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
  list(LENGTH unfinished count)
  if(count GREATER 0)
    set(failed TRUE)
    message(SEND_ERROR "translations/gontainer_${lang}.ts: ${count} string(s) without a translation:")
    foreach(m IN LISTS missing)
      message("  ${m}")
    endforeach()
  endif()
endforeach()
if(failed)
  message(FATAL_ERROR "Run `cmake --build <dir> --target update_translations` and translate the new strings.")
endif()
message(STATUS "every string has an English and a Korean translation")
