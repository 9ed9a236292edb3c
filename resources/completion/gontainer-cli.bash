# bash completion for gontainer-cli. Installed as
# /usr/share/bash-completion/completions/gontainer-cli.
#
# The verbs, a family's verbs and each verb's options are read from gontainer-cli's own --help,
# so this never falls behind the program. Containers and images are asked from the engine the
# command line names (-H), with a time limit, so a TAB never waits on an unreachable node.

# Prints the words of a help text's "Verbs:" section, one per line.
_gontainer_cli_verbs() {
  gontainer-cli "$@" --help 2>/dev/null |
    sed -n '/^Verbs:/,/^$/{/^Verbs:/d;/^$/d;s/^ *\([^ ]*\).*/\1/p}'
}

# Prints the options a verb's help lists (-t, --time <SECONDS> gives -t and --time).
_gontainer_cli_options() {
  gontainer-cli "$@" --help 2>/dev/null |
    sed -n '/^Options:/,/^$/{s/^  \(-[a-zA-Z0-9]\), \(--[a-zA-Z0-9-]*\).*/\1 \2/p;s/^  \(--[a-zA-Z0-9-]*\).*/\1/p}'
}

# Prints the values of one "key": "value" field of an indented JSON listing.
_gontainer_cli_json_field() {
  sed -n "s/^ *\"$1\": \"\\(.*\\)\",\\{0,1\\}\$/\\1/p"
}

_gontainer_cli() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  local -a global=()
  local verb="" sub="" usage i word
  COMPREPLY=()

  # The global options before the verb, and the verb (with a family's verb) so far.
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${COMP_WORDS[i]}
    case $word in
      -H | --node | --identity)
        [ -z "$verb" ] && global+=("$word" "${COMP_WORDS[i + 1]}")
        ((i++))
        ;;
      --node=* | -H=* | --identity=*) [ -z "$verb" ] && global+=("$word") ;;
      -*) ;;
      *)
        if [ -z "$verb" ]; then
          verb=$word
        elif [ -z "$sub" ] && _gontainer_cli_verbs "$verb" | grep -qx -- "$word"; then
          sub=$word
          break
        else
          break
        fi
        ;;
    esac
  done

  case $prev in
    -H | --node)
      mapfile -t COMPREPLY < <(compgen -W "unix:// tcp:// ssh:// containerd:// containerd+ssh:// containerd+tcp://" -- "$cur")
      compopt -o nospace 2>/dev/null
      return
      ;;
    --identity | --tls-cert-path | -f | --file)
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      return
      ;;
  esac

  if [ -z "$verb" ]; then
    if [[ $cur == -* ]]; then
      mapfile -t COMPREPLY < <(compgen -W "-H --node --identity --json --help --version" -- "$cur")
    else
      mapfile -t COMPREPLY < <(compgen -W "$(_gontainer_cli_verbs)" -- "$cur")
    fi
    return
  fi

  local family
  family=$(_gontainer_cli_verbs "$verb")
  if [ -n "$family" ] && [ -z "$sub" ]; then
    mapfile -t COMPREPLY < <(compgen -W "$family --help" -- "$cur")
    return
  fi

  local -a verbs=("$verb")
  [ -n "$sub" ] && verbs+=("$sub")
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$(_gontainer_cli_options "${verbs[@]}")" -- "$cur")
    return
  fi

  # What the verb takes, from its usage line: containers, images, or files.
  usage=$(gontainer-cli "${verbs[@]}" --help 2>/dev/null | sed -n 's/^Usage: gontainer-cli [^[]*\[options\] *//p')
  case $usage in
    CONTAINER* | *" CONTAINER"*)
      mapfile -t COMPREPLY < <(compgen -W "$(timeout 3 gontainer-cli "${global[@]}" ps -a --json 2>/dev/null | _gontainer_cli_json_field name)" -- "$cur")
      ;;
    IMAGE* | SOURCE*)
      mapfile -t COMPREPLY < <(compgen -W "$(timeout 3 gontainer-cli "${global[@]}" images --json 2>/dev/null | sed -n 's/^ *"\([^"]*:[^"]*\)",\{0,1\}$/\1/p' | grep -v '<none>')" -- "$cur")
      ;;
    *FILE* | *DIR* | *FOLDER* | *PATH* | *CONTEXT*)
      mapfile -t COMPREPLY < <(compgen -f -- "$cur")
      ;;
  esac
}

complete -F _gontainer_cli gontainer-cli
