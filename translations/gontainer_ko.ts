<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AppController</name>
    <message>
        <source>No container engine was running, so Gontainer started a Podman service for this session at %1. It stops when you quit Gontainer.</source>
        <translation>실행 중인 컨테이너 엔진이 없어서 Gontainer가 이 세션용 Podman 서비스를 %1에서 시작했습니다. Gontainer를 종료하면 함께 멈춥니다.</translation>
    </message>
    <message>
        <source>The Podman service Gontainer started has stopped (%1). Starting it again…</source>
        <translation>Gontainer가 시작한 Podman 서비스가 멈췄습니다(%1). 다시 시작하는 중…</translation>
    </message>
    <message>
        <source>The Podman service is running again.</source>
        <translation>Podman 서비스가 다시 실행 중입니다.</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>명령줄</translation>
    </message>
    <message>
        <source>node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>The node %1 could not be added: %2</source>
        <translation>노드 %1을(를) 추가하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <source>%1 could not be removed.</source>
        <translation>%1을(를) 지우지 못했습니다.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1에 쓰지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>BuildContext</name>
    <message>
        <source>The build folder %1 does not exist.</source>
        <translation>빌드 폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>There is no %1 in %2.</source>
        <translation>%2에 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Packing the build folder was cancelled.</source>
        <translation>빌드 폴더를 묶는 작업이 취소되었습니다.</translation>
    </message>
    <message>
        <source>Cannot write the packed build folder: %1</source>
        <translation>묶은 빌드 폴더를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The build folder holds more than %1 MiB; leave large files out with a .dockerignore.</source>
        <translation>빌드 폴더가 %1MiB를 넘습니다. .dockerignore로 큰 파일을 제외하세요.</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <source>&amp;Node:</source>
        <translation>노드(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Context folder:</source>
        <translation>컨텍스트 폴더(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Dockerfile:</source>
        <translation>Dockerfile(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>태그(&amp;T):</translation>
    </message>
    <message>
        <source>Build a&amp;rguments:</source>
        <translation>빌드 인자(&amp;R):</translation>
    </message>
    <message>
        <source>T&amp;arget stage:</source>
        <translation>대상 단계(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Build</source>
        <translation>빌드(&amp;B)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Build an Image</source>
        <translation>이미지 빌드</translation>
    </message>
    <message>
        <source>No node is connected</source>
        <translation>연결된 노드가 없습니다</translation>
    </message>
    <message>
        <source>The folder sent to the engine</source>
        <translation>엔진에 보낼 폴더</translation>
    </message>
    <message>
        <source>Choose &amp;Folder…</source>
        <translation>폴더 선택(&amp;F)…</translation>
    </message>
    <message>
        <source>Dockerfile</source>
        <translation>Dockerfile</translation>
    </message>
    <message>
        <source>The Dockerfile&apos;s path inside the context folder</source>
        <translation>컨텍스트 폴더 안의 Dockerfile 경로</translation>
    </message>
    <message>
        <source>Choose F&amp;ile…</source>
        <translation>파일 선택(&amp;I)…</translation>
    </message>
    <message>
        <source>There is no Dockerfile here yet: write one, for example

FROM busybox
COPY . /app
CMD [&quot;/app/run.sh&quot;]

It is saved into the context folder when you build.</source>
        <translation>아직 Dockerfile이 없습니다. 예를 들어 다음처럼 작성하세요:

FROM busybox
COPY . /app
CMD [&quot;/app/run.sh&quot;]

빌드할 때 컨텍스트 폴더에 저장됩니다.</translation>
    </message>
    <message>
        <source>myapp:1.0, registry.example:5000/team/myapp</source>
        <translation>myapp:1.0, registry.example:5000/team/myapp</translation>
    </message>
    <message>
        <source>Names for the image, separated by commas or spaces; leave it empty for an image without a name</source>
        <translation>이미지 이름, 쉼표나 공백으로 구분; 비워 두면 이름 없는 이미지가 됩니다</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>The last stage when empty</source>
        <translation>비워 두면 마지막 단계</translation>
    </message>
    <message>
        <source>Do not use the cac&amp;he</source>
        <translation>캐시 사용 안 함(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Pull newer base images</source>
        <translation>더 새로운 기반 이미지 받아 오기(&amp;P)</translation>
    </message>
    <message>
        <source>Build the image (Ctrl+Return)</source>
        <translation>이미지 빌드 (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Choose the Context Folder</source>
        <translation>컨텍스트 폴더 선택</translation>
    </message>
    <message>
        <source>Choose the context folder first: the Dockerfile is inside it.</source>
        <translation>먼저 컨텍스트 폴더를 고르세요: Dockerfile은 그 안에 있습니다.</translation>
    </message>
    <message>
        <source>Choose the Dockerfile</source>
        <translation>Dockerfile 선택</translation>
    </message>
    <message>
        <source>%1 is outside the context folder: the engine only gets what is inside it. Choose a file inside %2, or another folder.</source>
        <translation>%1은(는) 컨텍스트 폴더 밖에 있습니다: 엔진은 폴더 안의 것만 받습니다. %2 안의 파일이나 다른 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>Save the Dockerfile?</source>
        <translation>Dockerfile을 저장할까요?</translation>
    </message>
    <message>
        <source>The Dockerfile %1 has changes that are not saved. Save them before showing another file?</source>
        <translation>Dockerfile %1에 저장하지 않은 변경 사항이 있습니다. 다른 파일을 보기 전에 저장할까요?</translation>
    </message>
    <message>
        <source>Choose the folder whose files the image is built from.</source>
        <translation>이미지를 빌드할 파일이 있는 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 폴더가 없습니다.</translation>
    </message>
    <message>
        <source>%1 cannot be shown here (not readable, or larger than 1 MB); it is built as it is.</source>
        <translation>%1은(는) 여기에 표시할 수 없습니다(읽을 수 없거나 1 MB보다 큼). 있는 그대로 빌드합니다.</translation>
    </message>
    <message>
        <source>%1 does not exist yet: write it above.</source>
        <translation>%1이(가) 아직 없습니다: 위에 작성하세요.</translation>
    </message>
    <message>
        <source>New file: it is saved as %1 when you build (or press Ctrl+S).</source>
        <translation>새 파일: 빌드할 때(또는 Ctrl+S를 누르면) %1(으)로 저장됩니다.</translation>
    </message>
    <message>
        <source>Changed: saved to %1 when you build (or press Ctrl+S).</source>
        <translation>변경됨: 빌드할 때(또는 Ctrl+S를 누르면) %1에 저장됩니다.</translation>
    </message>
    <message>
        <source>Choose a context folder.</source>
        <translation>컨텍스트 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>The context folder %1 does not exist.</source>
        <translation>컨텍스트 폴더 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>The Dockerfile must be inside the context folder: give its path relative to the folder.</source>
        <translation>Dockerfile은 컨텍스트 폴더 안에 있어야 합니다: 폴더 기준의 상대 경로를 쓰세요.</translation>
    </message>
    <message>
        <source>The Dockerfile is empty: write at least a FROM line.</source>
        <translation>Dockerfile이 비어 있습니다: 적어도 FROM 줄 하나는 쓰세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image name: use lowercase letters, digits and . _ - in parts separated by /, and an optional :tag.</source>
        <translation>&quot;%1&quot;은(는) 이미지 이름이 아닙니다: 소문자, 숫자, . _ - 를 쓰고 부분은 /로 나누세요. 필요하면 뒤에 :태그를 붙이세요.</translation>
    </message>
    <message>
        <source>The build argument with the value &quot;%1&quot; has no name.</source>
        <translation>값이 &quot;%1&quot;인 빌드 인자에 이름이 없습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a build argument name: no spaces and no =.</source>
        <translation>&quot;%1&quot;은(는) 빌드 인자 이름이 아닙니다: 공백과 =는 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>The build argument %1 is given twice.</source>
        <translation>빌드 인자 %1이(가) 두 번 있습니다.</translation>
    </message>
    <message>
        <source>A target stage&apos;s name has no spaces.</source>
        <translation>대상 단계 이름에는 공백이 없습니다.</translation>
    </message>
    <message>
        <source>No node is connected to build on.</source>
        <translation>빌드할 노드가 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The Dockerfile changed on disk</source>
        <translation>디스크의 Dockerfile이 바뀌었습니다</translation>
    </message>
    <message>
        <source>%1 was changed by another program after it was opened here. Replace it with the text in the editor?</source>
        <translation>여기서 연 뒤 다른 프로그램이 %1을(를) 바꿨습니다. 편집기의 내용으로 덮어쓸까요?</translation>
    </message>
    <message>
        <source>Could not make the folder for %1.</source>
        <translation>%1의 폴더를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Your text is still in the editor.</source>
        <translation>%1을(를) 저장하지 못했습니다: %2. 작성한 내용은 편집기에 그대로 있습니다.</translation>
    </message>
    <message>
        <source>Building on %1…</source>
        <translation>%1에서 빌드하는 중…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>&amp;Stop Build</source>
        <translation>빌드 중지(&amp;S)</translation>
    </message>
    <message>
        <source>Stop the build (Esc)</source>
        <translation>빌드 중지 (Esc)</translation>
    </message>
    <message>
        <source>&amp;Stop Following</source>
        <translation>따라가기 중지(&amp;S)</translation>
    </message>
    <message>
        <source>%1 cannot interrupt a step once it has begun: the running step runs to its end on the node. This stops following the build (Esc).</source>
        <translation>%1에서는 이미 시작된 단계를 중단할 수 없습니다: 실행 중인 단계는 거기서 끝까지 진행됩니다. 이 버튼은 빌드 따라가기만 멈춥니다 (Esc).</translation>
    </message>
    <message>
        <source>Packing the context folder: %1 of %2</source>
        <translation>컨텍스트 폴더를 묶는 중: %2 중 %1</translation>
    </message>
    <message>
        <source>Packing the context folder: %1</source>
        <translation>컨텍스트 폴더를 묶는 중: %1</translation>
    </message>
    <message>
        <source>Sending the context to %1: %2 of %3</source>
        <translation>%1에 컨텍스트를 보내는 중: %3 중 %2</translation>
    </message>
    <message>
        <source>Sending the context to %1: %2</source>
        <translation>%1에 컨텍스트를 보내는 중: %2</translation>
    </message>
    <message>
        <source>The engine is reading the context…</source>
        <translation>엔진이 컨텍스트를 읽는 중…</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>%2단계 중 %1단계: %3</translation>
    </message>
    <message>
        <source>Failed at step %1 of %2: %3</source>
        <translation>%2단계 중 %1단계에서 실패: %3</translation>
    </message>
    <message>
        <source>The build failed on %1: %2</source>
        <translation>%1에서 빌드가 실패했습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done</source>
        <translation>
            <numerusform>%n단계 모두 완료</numerusform>
        </translation>
    </message>
    <message>
        <source>Built the image %1 on %2.</source>
        <translation>%2에서 이미지 %1을(를) 빌드했습니다.</translation>
    </message>
    <message>
        <source>Built %1 (%2) on %3.</source>
        <translation>%3에서 %1 (%2)을(를) 빌드했습니다.</translation>
    </message>
    <message>
        <source>Stopped at step %1 of %2: %3</source>
        <translation>%2단계 중 %1단계에서 중지됨: %3</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>The build was stopped on %1; no image was made.</source>
        <translation>%1에서 빌드를 중지했습니다. 이미지는 만들어지지 않았습니다.</translation>
    </message>
    <message>
        <source>Left at step %1 of %2: %3</source>
        <translation>%2단계 중 %1단계에서 따라가기 중지: %3</translation>
    </message>
    <message>
        <source>Stopped following the build. %1 cannot interrupt a step once it has begun: the running step runs to its end on the node before the build stops.</source>
        <translation>빌드 따라가기를 멈췄습니다. %1에서는 이미 시작된 단계를 중단할 수 없어서, 실행 중인 단계가 끝까지 진행된 뒤에 빌드가 멈춥니다.</translation>
    </message>
    <message>
        <source>The Dockerfile %1 has changes that are not saved.</source>
        <translation>Dockerfile %1에 저장하지 않은 변경 사항이 있습니다.</translation>
    </message>
</context>
<context>
    <name>CliCapabilities</name>
    <message>
        <source>The node %1 (%2) cannot %3.</source>
        <translation>노드 %1(%2)에서 할 수 없는 작업: %3.</translation>
    </message>
    <message>
        <source>pull images</source>
        <translation>이미지 가져오기</translation>
    </message>
    <message>
        <source>push images</source>
        <translation>이미지 올리기</translation>
    </message>
    <message>
        <source>check registry logins, since it pushes no images</source>
        <translation>레지스트리 로그인 확인(이미지를 올리지 않으므로)</translation>
    </message>
    <message>
        <source>build images: build on a Docker or Podman node, or with nerdctl build or BuildKit on that machine</source>
        <translation>이미지 빌드: Docker 또는 Podman 노드에서 빌드하거나, 해당 머신에서 nerdctl build 또는 BuildKit으로 빌드하세요</translation>
    </message>
    <message>
        <source>give images other names</source>
        <translation>이미지에 다른 이름 붙이기</translation>
    </message>
    <message>
        <source>show an image&apos;s layers with the commands that made them</source>
        <translation>이미지 레이어와 이를 만든 명령 표시</translation>
    </message>
    <message>
        <source>search registries</source>
        <translation>레지스트리 검색</translation>
    </message>
    <message>
        <source>run commands in containers</source>
        <translation>컨테이너에서 명령 실행</translation>
    </message>
    <message>
        <source>list a container&apos;s processes</source>
        <translation>컨테이너 프로세스 나열</translation>
    </message>
    <message>
        <source>rename containers</source>
        <translation>컨테이너 이름 바꾸기</translation>
    </message>
    <message>
        <source>make images from containers</source>
        <translation>컨테이너에서 이미지 만들기</translation>
    </message>
    <message>
        <source>show container logs: it keeps none</source>
        <translation>컨테이너 로그 표시: 로그를 보관하지 않습니다</translation>
    </message>
    <message>
        <source>show resource figures for containers</source>
        <translation>컨테이너 리소스 수치 표시</translation>
    </message>
    <message>
        <source>tell what takes up its disk</source>
        <translation>디스크 사용 내역 표시</translation>
    </message>
    <message>
        <source>remove unused containers or images at once: remove them one by one</source>
        <translation>사용하지 않는 컨테이너나 이미지 한 번에 제거: 하나씩 제거하세요</translation>
    </message>
    <message>
        <source>keep volumes: it has none</source>
        <translation>볼륨 관리: 볼륨이 없습니다</translation>
    </message>
    <message>
        <source>keep networks: it has none, its containers use the host&apos;s network or none</source>
        <translation>네트워크 관리: 네트워크가 없으며, 컨테이너는 호스트 네트워크를 사용하거나 네트워크 없이 실행됩니다</translation>
    </message>
    <message>
        <source>run pods: pods need a node with Podman</source>
        <translation>파드 실행: 파드를 사용하려면 Podman 노드가 필요합니다</translation>
    </message>
    <message>
        <source>generate or play kube YAML: kube YAML needs a node with Podman</source>
        <translation>kube YAML 생성 또는 실행: kube YAML을 사용하려면 Podman 노드가 필요합니다</translation>
    </message>
    <message>
        <source>publish ports: its containers use the host&apos;s network (--network host), where they listen on the host&apos;s own ports</source>
        <translation>포트 게시: 컨테이너가 호스트 네트워크(--network host)를 사용하므로 호스트 자체 포트에서 수신합니다</translation>
    </message>
    <message>
        <source>join the network %1: it has no networks; use --network host or --network none</source>
        <translation>네트워크 %1 연결: 네트워크가 없습니다. --network host 또는 --network none을 사용하세요</translation>
    </message>
    <message>
        <source>run health checks (--%1): its containers have no health</source>
        <translation>상태 확인 실행(--%1): 컨테이너에 상태 정보가 없습니다</translation>
    </message>
    <message>
        <source>be part of a swarm: swarms need a node with Docker Engine</source>
        <translation>스웜에 속할 수 없습니다. 스웜에는 Docker Engine 노드가 필요합니다</translation>
    </message>
</context>
<context>
    <name>CliChecks</name>
    <message>
        <source>&quot;%1&quot; cannot name a volume: a name begins with a letter or digit and holds only letters, digits and _ . -</source>
        <translation>&quot;%1&quot;은(는) 볼륨 이름으로 쓸 수 없습니다: 이름은 영문자나 숫자로 시작하고 영문자, 숫자, _ . - 만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a network: a name begins with a letter or digit and holds only letters, digits and _ . -</source>
        <translation>&quot;%1&quot;은(는) 네트워크 이름으로 쓸 수 없습니다: 이름은 영문자나 숫자로 시작하고 영문자, 숫자, _ . - 만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a pod: a name begins with a letter or digit and holds only letters, digits and _ . -</source>
        <translation>&quot;%1&quot;은(는) 포드 이름으로 쓸 수 없습니다: 이름은 영문자나 숫자로 시작하고 영문자, 숫자, _ . - 만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a KEY=VALUE pair for --%2.</source>
        <translation>&quot;%1&quot;은(는) --%2에 쓸 KEY=VALUE 쌍이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>CliNodes</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1ms</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>LATENCY</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>ENGINE</source>
        <translation>엔진</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>There is already a node called %1: choose another name.</source>
        <translation>%1 노드가 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>There is no node called %1. gontainer-cli nodes lists them.</source>
        <translation>%1 노드가 없습니다. gontainer-cli nodes로 목록을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>The local node is already there.</source>
        <translation>로컬 노드가 이미 있습니다.</translation>
    </message>
    <message>
        <source>No Docker context or Podman connection was found (looked in %1 and in podman&apos;s connections).</source>
        <translation>Docker 컨텍스트나 Podman 연결을 찾지 못했습니다(%1과 podman 연결 목록을 확인함).</translation>
    </message>
    <message>
        <source>Would add:</source>
        <translation>추가할 노드:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>추가한 노드:</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>건너뜀: %1</translation>
    </message>
    <message>
        <source>The node was not added: its key&apos;s passphrase could not be saved. %1</source>
        <translation>노드를 추가하지 않았습니다. 키의 암호 문구를 저장하지 못했습니다. %1</translation>
    </message>
    <message>
        <source>The node&apos;s passphrase stays in the keychain: %1</source>
        <translation>노드의 암호 문구가 키체인에 남아 있습니다: %1</translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <source>No container called %1.</source>
        <translation>%1 컨테이너가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>No container matched on the %n node(s) asked.</source>
        <translation>
            <numerusform>요청한 노드 %n개에서 일치하는 컨테이너가 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: the node list could not be saved to %1: %2. Free space or fix the folder&apos;s permissions, then try again.</source>
        <translation>아무것도 바뀌지 않았습니다: 노드 목록을 %1에 저장하지 못했습니다: %2. 여유 공간을 확보하거나 폴더 권한을 고친 뒤 다시 시도하세요.</translation>
    </message>
</context>
<context>
    <name>CliPrinter</name>
    <message>
        <source>CONTAINER ID</source>
        <translation>컨테이너 ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>현황</translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>노드</translation>
    </message>
</context>
<context>
    <name>CliPrune</name>
    <message>
        <source>Do it without asking for confirmation.</source>
        <translation>확인을 묻지 않고 실행합니다.</translation>
    </message>
    <message>
        <source>Only what carries this label: label=KEY or label=KEY=VALUE (repeat for more; all must match).</source>
        <translation>이 레이블이 붙은 것만 대상으로 합니다: label=KEY 또는 label=KEY=VALUE (여러 개는 반복해서 지정하며, 모두 일치해야 합니다).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a filter this prune takes: use label=KEY or label=KEY=VALUE.</source>
        <translation>&quot;%1&quot;은(는) 이 prune에서 쓸 수 있는 필터가 아닙니다: label=KEY 또는 label=KEY=VALUE를 사용하세요.</translation>
    </message>
    <message>
        <source>Only those labelled %1.</source>
        <translation>레이블 %1이(가) 붙은 것만 해당합니다.</translation>
    </message>
    <message>
        <source>There is no terminal to confirm it on: add --force to do it.</source>
        <translation>확인을 받을 터미널이 없습니다: 실행하려면 --force를 붙이세요.</translation>
    </message>
    <message>
        <source>Continue? [y/N] </source>
        <translation>계속할까요? [y/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Nothing was removed.</source>
        <translation>삭제한 것이 없습니다.</translation>
    </message>
    <message>
        <source>Total reclaimed space: %1</source>
        <translation>확보한 전체 공간: %1</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Usage: gontainer-cli [--node URL] [--identity FILE] [--json] VERB [OPTIONS] [ARGUMENTS]</source>
        <translation>사용법: gontainer-cli [--node URL] [--identity FILE] [--json] VERB [OPTIONS] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>옵션:</translation>
    </message>
    <message>
        <source>The SSH private key for an ssh:// node.</source>
        <translation>ssh:// 노드에 사용할 SSH 개인 키입니다.</translation>
    </message>
    <message>
        <source>Print listings as JSON.</source>
        <translation>목록을 JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Show this help; VERB --help shows a verb&apos;s options.</source>
        <translation>이 도움말을 표시합니다. VERB --help는 해당 명령의 옵션을 표시합니다.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>버전을 표시합니다.</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Unknown option %1. See gontainer-cli --help.</source>
        <translation>알 수 없는 옵션입니다: %1. gontainer-cli --help를 참조하세요.</translation>
    </message>
    <message>
        <source>Unknown verb %1. See gontainer-cli --help.</source>
        <translation>알 수 없는 명령입니다: %1. gontainer-cli --help를 참조하세요.</translation>
    </message>
    <message>
        <source>Show this verb&apos;s options.</source>
        <translation>이 명령의 옵션을 표시합니다.</translation>
    </message>
    <message>
        <source>Print as JSON.</source>
        <translation>JSON으로 출력합니다.</translation>
    </message>
    <message>
        <source>Unknown verb %1 %2. See gontainer-cli %1 --help.</source>
        <translation>알 수 없는 명령입니다: %1 %2. gontainer-cli %1 --help를 참조하세요.</translation>
    </message>
    <message>
        <source>Talks to one Docker, Podman or containerd engine with Gontainer&apos;s core.</source>
        <translation>Gontainer 코어로 Docker, Podman 또는 containerd 엔진 하나와 통신합니다.</translation>
    </message>
    <message>
        <source>The engine: unix:///path.sock, tcp://HOST:PORT (TLS from DOCKER_TLS_VERIFY and DOCKER_CERT_PATH), ssh://USER@HOST[:PORT][/remote.sock]; containerd as containerd:///run/containerd/containerd.sock, containerd+ssh://USER@HOST/path.sock or containerd+tcp://HOST:PORT, each with ?namespace=NS for one namespace (all without). Default: DOCKER_HOST, then the local Docker, Podman or containerd socket.</source>
        <translation>엔진: unix:///path.sock, tcp://HOST:PORT(TLS는 DOCKER_TLS_VERIFY와 DOCKER_CERT_PATH에서 설정), ssh://USER@HOST[:PORT][/remote.sock]; containerd는 containerd:///run/containerd/containerd.sock, containerd+ssh://USER@HOST/path.sock 또는 containerd+tcp://HOST:PORT 형식이며, 각각 ?namespace=NS를 붙이면 네임스페이스 하나만 사용합니다(없으면 전체). 기본값: DOCKER_HOST, 그다음 로컬 Docker, Podman 또는 containerd 소켓.</translation>
    </message>
</context>
<context>
    <name>CliSession</name>
    <message>
        <source>There is no node called %1. gontainer-cli nodes lists them; a URL such as unix:///run/podman/podman.sock names an engine directly.</source>
        <translation>%1 노드가 없습니다. gontainer-cli nodes로 목록을 볼 수 있고, unix:///run/podman/podman.sock 같은 URL로 엔진을 직접 지정할 수도 있습니다.</translation>
    </message>
    <message>
        <source>No engine answered at %1. Start Docker or Podman, or name one with --node URL.</source>
        <translation>%1에서 응답하는 엔진이 없습니다. Docker나 Podman을 시작하거나 --node URL로 엔진을 지정하세요.</translation>
    </message>
    <message>
        <source>Missing arguments. See gontainer-cli %1 --help.</source>
        <translation>인수가 부족합니다. gontainer-cli %1 --help를 참조하세요.</translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <source>Manage volumes: create, inspect, rm, prune, ls</source>
        <translation>볼륨 관리: create, inspect, rm, prune, ls</translation>
    </message>
    <message>
        <source>Manage networks: create, inspect, rm, prune, connect, disconnect, ls</source>
        <translation>네트워크 관리: create, inspect, rm, prune, connect, disconnect, ls</translation>
    </message>
    <message>
        <source>Manage pods (Podman): create, start, stop, restart, pause, unpause, kill, rm, inspect, stats, ls</source>
        <translation>포드 관리 (Podman): create, start, stop, restart, pause, unpause, kill, rm, inspect, stats, ls</translation>
    </message>
    <message>
        <source>Kube YAML (Podman): generate, play</source>
        <translation>Kube YAML (Podman): generate, play</translation>
    </message>
    <message>
        <source>The node as a whole: prune</source>
        <translation>노드 전체: prune</translation>
    </message>
    <message>
        <source>Usage: gontainer-cli %1 VERB [OPTIONS] [ARGUMENTS]</source>
        <translation>사용법: gontainer-cli %1 VERB [OPTIONS] [ARGUMENTS]</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>gontainer-cli %1 VERB --help shows a verb&apos;s options.</source>
        <translation>gontainer-cli %1 VERB --help는 해당 명령의 옵션을 표시합니다.</translation>
    </message>
    <message>
        <source>A Docker swarm: info, nodes</source>
        <translation>Docker 스웜: info, nodes</translation>
    </message>
    <message>
        <source>A swarm&apos;s services: ls, ps, scale, update, rollback, rm</source>
        <translation>스웜의 서비스: ls, ps, scale, update, rollback, rm</translation>
    </message>
    <message>
        <source>A swarm&apos;s secrets: ls, create, rm</source>
        <translation>스웜의 시크릿: ls, create, rm</translation>
    </message>
    <message>
        <source>A swarm&apos;s configs: ls, create, rm</source>
        <translation>스웜의 구성(config): ls, create, rm</translation>
    </message>
    <message>
        <source>A swarm&apos;s stacks: ls, rm</source>
        <translation>스웜의 스택: ls, rm</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The single quote at character %1 is not closed.</source>
        <translation>%1번째 문자의 작은따옴표가 닫히지 않았습니다.</translation>
    </message>
    <message>
        <source>The double quote at character %1 is not closed.</source>
        <translation>%1번째 문자의 큰따옴표가 닫히지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>CommitDialog</name>
    <message>
        <source>Commit %1 to an Image</source>
        <translation>%1을(를) 이미지로 커밋</translation>
    </message>
    <message>
        <source>Saves the container&apos;s file system as a new image on its node.</source>
        <translation>컨테이너의 파일 시스템을 해당 노드에 새 이미지로 저장합니다.</translation>
    </message>
    <message>
        <source>myapp or registry.example:5000/team/myapp</source>
        <translation>myapp 또는 registry.example:5000/team/myapp</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>저장소(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>태그(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>메시지(&amp;M):</translation>
    </message>
    <message>
        <source>Name &lt;email&gt;</source>
        <translation>이름 &lt;이메일&gt;</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>작성자(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Pause the container while committing</source>
        <translation>커밋하는 동안 컨테이너 일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>커밋(&amp;C)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name: use lowercase letters, digits and . _ - in parts separated by /.</source>
        <translation>&quot;%1&quot;은(는) 저장소 이름이 아닙니다: 소문자, 숫자, . _ - 를 쓰고 부분은 /로 나누세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag: use letters, digits and . _ - (at most 128).</source>
        <translation>&quot;%1&quot;은(는) 태그가 아닙니다: 영문자, 숫자, . _ - 를 쓰세요 (최대 128자).</translation>
    </message>
    <message>
        <source>A tag needs a repository.</source>
        <translation>태그를 붙이려면 저장소 이름이 있어야 합니다.</translation>
    </message>
</context>
<context>
    <name>ConnectNetworkDialog</name>
    <message>
        <source>Connect %1 to a Network</source>
        <translation>%1을(를) 네트워크에 연결</translation>
    </message>
    <message>
        <source>Connect a Container to %1</source>
        <translation>%1에 컨테이너 연결</translation>
    </message>
    <message>
        <source>Attaches %1 to one more network on %2.</source>
        <translation>%1을(를) %2의 네트워크 하나에 더 연결합니다.</translation>
    </message>
    <message>
        <source>Attaches a container on %1 to the network %2.</source>
        <translation>%1의 컨테이너를 네트워크 %2에 연결합니다.</translation>
    </message>
    <message>
        <source>&amp;Network:</source>
        <translation>네트워크(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>컨테이너(&amp;C):</translation>
    </message>
    <message>
        <source>Optional: other names it is known by there, like db, cache</source>
        <translation>선택 사항: 그 네트워크에서 쓸 다른 이름 (예: db, cache)</translation>
    </message>
    <message>
        <source>&amp;Aliases:</source>
        <translation>별칭(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>연결(&amp;C)</translation>
    </message>
    <message>
        <source>%1 is on every network of its node already.</source>
        <translation>%1은(는) 이미 노드의 모든 네트워크에 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>Every container of the node is on %1 already.</source>
        <translation>노드의 모든 컨테이너가 이미 %1에 연결되어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name: use letters, digits and _ . - after a letter or digit.</source>
        <translation>&quot;%1&quot;은(는) 이름이 아닙니다: 영문자나 숫자로 시작하고, 그 뒤에는 영문자, 숫자, _ . - 를 쓰세요.</translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <source>this engine address cannot be used</source>
        <translation>이 엔진 주소는 사용할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ContainerActionRunner</name>
    <message>
        <source>the node was removed</source>
        <translation>노드가 삭제되었습니다</translation>
    </message>
    <message>
        <source>the connection failed after the request was sent, and whether the engine did it cannot be told (%1)</source>
        <translation>요청을 보낸 뒤 연결이 끊겨 엔진이 작업을 수행했는지 알 수 없습니다(%1)</translation>
    </message>
</context>
<context>
    <name>ContainerActions</name>
    <message>
        <source>&amp;Container</source>
        <translation>컨테이너(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>Start the selected containers</source>
        <translation>선택한 컨테이너를 시작합니다</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the selected containers</source>
        <translation>선택한 컨테이너를 중지합니다</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>다시 시작(&amp;R)</translation>
    </message>
    <message>
        <source>Restart the selected containers</source>
        <translation>선택한 컨테이너를 다시 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the selected running containers</source>
        <translation>선택한 실행 중인 컨테이너를 일시 중지합니다</translation>
    </message>
    <message>
        <source>Res&amp;ume</source>
        <translation>재개(&amp;U)</translation>
    </message>
    <message>
        <source>Resume the selected paused containers</source>
        <translation>선택한 일시 중지된 컨테이너를 재개합니다</translation>
    </message>
    <message>
        <source>&amp;Kill…</source>
        <translation>신호 보내기(&amp;K)…</translation>
    </message>
    <message>
        <source>Send a signal to the selected containers</source>
        <translation>선택한 컨테이너에 신호를 보냅니다</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>이름 바꾸기(&amp;N)…</translation>
    </message>
    <message>
        <source>Give the selected container a new name</source>
        <translation>선택한 컨테이너에 새 이름을 붙입니다</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>삭제(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the selected containers</source>
        <translation>선택한 컨테이너를 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>상세 정보(&amp;D)</translation>
    </message>
    <message>
        <source>Show the selected container&apos;s details</source>
        <translation>선택한 컨테이너의 상세 정보를 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;New Container…</source>
        <translation>새 컨테이너(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a container on a node</source>
        <translation>노드에 컨테이너를 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Commit to Image…</source>
        <translation>이미지로 커밋(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the selected container as a new image</source>
        <translation>선택한 컨테이너를 새 이미지로 저장합니다</translation>
    </message>
    <message>
        <source>Open C&amp;onsole</source>
        <translation>콘솔 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Run a shell in the selected running container, in a window</source>
        <translation>선택한 실행 중인 컨테이너에서 셸을 창으로 실행합니다</translation>
    </message>
    <message>
        <source>Open in &amp;Terminal</source>
        <translation>터미널에서 열기(&amp;T)</translation>
    </message>
    <message>
        <source>Run a shell in the selected running container in your terminal emulator</source>
        <translation>선택한 실행 중인 컨테이너에서 셸을 터미널 에뮬레이터로 실행합니다</translation>
    </message>
    <message>
        <source>Show &amp;Logs</source>
        <translation>로그 보기(&amp;L)</translation>
    </message>
    <message>
        <source>Show the selected containers&apos; logs in a window, merged by time when several</source>
        <translation>선택한 컨테이너의 로그를 창으로 보여 줍니다. 여러 개면 시간순으로 합칩니다</translation>
    </message>
    <message>
        <source>Kill containers</source>
        <translation>컨테이너에 신호 보내기</translation>
    </message>
    <message numerus="yes">
        <source>Send this signal to %n container(s):</source>
        <translation>
            <numerusform>컨테이너 %n개에 보낼 신호:</numerusform>
        </translation>
    </message>
    <message>
        <source>New name for %1:</source>
        <translation>%1의 새 이름:</translation>
    </message>
    <message>
        <source>Rename container</source>
        <translation>컨테이너 이름 바꾸기</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be a container name: use letters, digits, and . _ - after the first letter or digit.</source>
        <translation>&quot;%1&quot;은(는) 컨테이너 이름이 될 수 없습니다: 영문자, 숫자를 쓰고, 첫 글자 뒤에는 . _ - 도 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Remove containers</source>
        <translation>컨테이너를 삭제합니다</translation>
    </message>
    <message>
        <source>Remove the container %1?</source>
        <translation>컨테이너 %1을(를) 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n container(s)?</source>
        <translation>
            <numerusform>컨테이너 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>되돌릴 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are running and will be stopped first.</source>
        <translation>
            <numerusform>그중 %n개는 실행 중이어서 먼저 중지됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Also remove their anonymous volumes</source>
        <translation>익명 볼륨도 함께 삭제</translation>
    </message>
    <message>
        <source>%1 cannot be reached with the engine&apos;s own client from a terminal (Podman has no TLS connections). Use Open Console.</source>
        <translation>%1은(는) 터미널에서 엔진의 클라이언트로 연결할 수 없습니다 (Podman은 TLS 연결을 지원하지 않습니다). 콘솔 열기를 사용하세요.</translation>
    </message>
    <message>
        <source>No terminal emulator could be started. Set TERMINAL to yours, or run: %1</source>
        <translation>터미널 에뮬레이터를 시작할 수 없습니다. TERMINAL에 사용하는 터미널을 지정하거나 다음을 실행하세요: %1</translation>
    </message>
    <message>
        <source>Created %1 on %2.</source>
        <translation>%2에 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 시작하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Starting %n container(s)…</source>
        <translation>
            <numerusform>컨테이너 %n개 시작하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping %1…</source>
        <translation>%1 중지하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Stopping %n container(s)…</source>
        <translation>
            <numerusform>컨테이너 %n개 중지하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarting %1…</source>
        <translation>%1 다시 시작하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Restarting %n container(s)…</source>
        <translation>
            <numerusform>컨테이너 %n개 다시 시작하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Pausing %1…</source>
        <translation>%1 일시 중지하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Pausing %n container(s)…</source>
        <translation>
            <numerusform>컨테이너 %n개 일시 중지하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Resuming %1…</source>
        <translation>%1 재개하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Resuming %n container(s)…</source>
        <translation>
            <numerusform>컨테이너 %n개 재개하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending the signal to %1…</source>
        <translation>%1에 신호를 보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Sending the signal to %n container(s)…</source>
        <translation>
            <numerusform>컨테이너 %n개에 신호를 보내는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Renaming %1…</source>
        <translation>%1 이름 바꾸는 중…</translation>
    </message>
    <message>
        <source>Committing %1 to an image…</source>
        <translation>%1을(를) 이미지로 커밋하는 중…</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 삭제하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Removing %n container(s)…</source>
        <translation>
            <numerusform>컨테이너 %n개 삭제하는 중…</numerusform>
        </translation>
    </message>
    <message>
        <source>Started %1.</source>
        <translation>%1을(를) 시작했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Started %n container(s).</source>
        <translation>
            <numerusform>컨테이너 %n개를 시작했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped %1.</source>
        <translation>%1을(를) 중지했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n container(s).</source>
        <translation>
            <numerusform>컨테이너 %n개를 중지했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restarted %1.</source>
        <translation>%1을(를) 다시 시작했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Restarted %n container(s).</source>
        <translation>
            <numerusform>컨테이너 %n개를 다시 시작했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Paused %1.</source>
        <translation>%1을(를) 일시 중지했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Paused %n container(s).</source>
        <translation>
            <numerusform>컨테이너 %n개를 일시 중지했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>%1을(를) 재개했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Resumed %n container(s).</source>
        <translation>
            <numerusform>컨테이너 %n개를 재개했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent the signal to %1.</source>
        <translation>%1에 신호를 보냈습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Sent the signal to %n container(s).</source>
        <translation>
            <numerusform>컨테이너 %n개에 신호를 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Renamed %1.</source>
        <translation>%1의 이름을 바꿨습니다.</translation>
    </message>
    <message>
        <source>Committed %1 to a new image.</source>
        <translation>%1을(를) 새 이미지로 커밋했습니다.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1을(를) 삭제했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n container(s).</source>
        <translation>
            <numerusform>컨테이너 %n개를 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>다시 시작</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>signal</source>
        <translation>신호 전송</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>이름 변경</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>커밋</translation>
    </message>
    <message numerus="yes">
        <source>Could not %1 %2 of %n container(s):</source>
        <translation>
            <numerusform>컨테이너 %n개 중 %2개를 %1하지 못했습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>It may have been removed meanwhile; the list updates by itself.</source>
        <translation>그사이 삭제되었을 수 있습니다. 목록은 저절로 갱신됩니다.</translation>
    </message>
    <message>
        <source>Its state does not allow this now: wait for it to settle, or stop it first.</source>
        <translation>지금 상태에서는 할 수 없습니다: 상태가 안정될 때까지 기다리거나 먼저 중지하세요.</translation>
    </message>
    <message>
        <source>The engine failed; its log on that node may say more.</source>
        <translation>엔진이 실패했습니다. 해당 노드의 엔진 로그에 더 자세한 내용이 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Another container on that node has this name: choose another.</source>
        <translation>그 노드의 다른 컨테이너가 이 이름을 쓰고 있습니다: 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Generate &amp;Kube YAML…</source>
        <translation>Kube YAML 생성(&amp;K)…</translation>
    </message>
    <message>
        <source>Show the kube YAML of the selected containers (not in a pod), to save</source>
        <translation>선택한 컨테이너(포드에 속하지 않은 것)의 kube YAML을 보여 줍니다. 저장할 수 있습니다</translation>
    </message>
    <message>
        <source>Start Pro&amp;ject</source>
        <translation>프로젝트 시작(&amp;J)</translation>
    </message>
    <message>
        <source>Start every container of the project, on every node</source>
        <translation>모든 노드에서 프로젝트의 모든 컨테이너를 시작합니다</translation>
    </message>
    <message>
        <source>Stop Projec&amp;t</source>
        <translation>프로젝트 중지(&amp;T)</translation>
    </message>
    <message>
        <source>Stop every container of the project, on every node</source>
        <translation>모든 노드에서 프로젝트의 모든 컨테이너를 중지합니다</translation>
    </message>
    <message>
        <source>Restart Project</source>
        <translation>프로젝트 다시 시작</translation>
    </message>
    <message>
        <source>Restart every container of the project, on every node</source>
        <translation>모든 노드에서 프로젝트의 모든 컨테이너를 다시 시작합니다</translation>
    </message>
    <message>
        <source>Remove Project…</source>
        <translation>프로젝트 삭제…</translation>
    </message>
    <message>
        <source>Remove every container of the project, on every node</source>
        <translation>모든 노드에서 프로젝트의 모든 컨테이너를 삭제합니다</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>Remove project</source>
        <translation>프로젝트 삭제</translation>
    </message>
    <message numerus="yes">
        <source>Remove the project %1 and its %n container(s)?</source>
        <translation>
            <numerusform>프로젝트 %1과(와) 그 컨테이너 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Docker manages this container: act on it from the Docker node</source>
        <translation>Docker가 관리하는 컨테이너입니다: Docker 노드에서 작업하세요</translation>
    </message>
    <message>
        <source>The engine of %1 cannot rename containers.</source>
        <translation>%1의 엔진은 컨테이너 이름을 바꿀 수 없습니다.</translation>
    </message>
    <message>
        <source>The engine of %1 cannot make an image from a container.</source>
        <translation>%1의 엔진은 컨테이너에서 이미지를 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>The engine of %1 keeps no container logs.</source>
        <translation>%1의 엔진은 컨테이너 로그를 보관하지 않습니다.</translation>
    </message>
    <message>
        <source>The engine of %1 cannot run commands in containers.</source>
        <translation>%1의 엔진은 컨테이너에서 명령을 실행할 수 없습니다.</translation>
    </message>
    <message>
        <source>The engine of %1 cannot write kube YAML.</source>
        <translation>%1의 엔진은 kube YAML을 작성할 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ContainerCommands</name>
    <message>
        <source>Seconds to wait before killing (default: the container&apos;s own).</source>
        <translation>강제 종료 전까지 기다릴 시간(초)입니다(기본값: 컨테이너 자체 설정).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>This connection cannot pass on the end of input (TLS); end the command another way, for example with a terminal and Ctrl+D.</source>
        <translation>이 연결(TLS)로는 입력의 끝을 전달할 수 없습니다. 다른 방법으로 명령을 끝내세요. 예를 들어 터미널을 붙이고 Ctrl+D를 누르세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the path in the container must be absolute (start with /).</source>
        <translation>&quot;%1&quot;: 컨테이너 안의 경로는 절대 경로여야 합니다(/로 시작).</translation>
    </message>
    <message>
        <source>--health-retries takes a whole number.</source>
        <translation>--health-retries에는 정수를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>--stop-timeout takes a whole number of seconds.</source>
        <translation>--stop-timeout에는 초 단위의 정수를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>List containers</source>
        <translation>컨테이너 목록을 표시합니다</translation>
    </message>
    <message>
        <source>Show all containers, not only running ones.</source>
        <translation>실행 중인 컨테이너뿐 아니라 모든 컨테이너를 표시합니다.</translation>
    </message>
    <message>
        <source>Every node the app shows, with a node column, instead of one.</source>
        <translation>노드 하나 대신 앱에 보이는 모든 노드를 노드 열과 함께 표시합니다.</translation>
    </message>
    <message>
        <source>Show containers&apos; full details as JSON</source>
        <translation>컨테이너의 전체 정보를 JSON으로 표시합니다</translation>
    </message>
    <message>
        <source>Create a container</source>
        <translation>컨테이너를 만듭니다</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Name the container.</source>
        <translation>컨테이너 이름을 지정합니다.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Set an environment variable.</source>
        <translation>환경 변수를 설정합니다.</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=VALUE</translation>
    </message>
    <message>
        <source>Set a label.</source>
        <translation>레이블을 설정합니다.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Publish a port.</source>
        <translation>포트를 게시합니다.</translation>
    </message>
    <message>
        <source>[IP:][HOST:]CONTAINER[/PROTO]</source>
        <translation>[IP:][HOST:]CONTAINER[/PROTO]</translation>
    </message>
    <message>
        <source>Mount a host path or a named volume.</source>
        <translation>호스트 경로나 이름 있는 볼륨을 마운트합니다.</translation>
    </message>
    <message>
        <source>SOURCE:TARGET[:ro]</source>
        <translation>SOURCE:TARGET[:ro]</translation>
    </message>
    <message>
        <source>Mount a tmpfs.</source>
        <translation>tmpfs를 마운트합니다.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Restart policy.</source>
        <translation>다시 시작 정책입니다.</translation>
    </message>
    <message>
        <source>POLICY</source>
        <translation>POLICY</translation>
    </message>
    <message>
        <source>Number of CPUs.</source>
        <translation>CPU 개수입니다.</translation>
    </message>
    <message>
        <source>Memory limit (e.g. 512m).</source>
        <translation>메모리 한도입니다(예: 512m).</translation>
    </message>
    <message>
        <source>Command that checks health (run by a shell).</source>
        <translation>상태를 확인하는 명령입니다(셸에서 실행).</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>Time between health checks.</source>
        <translation>상태 확인 간격입니다.</translation>
    </message>
    <message>
        <source>Time a health check may take.</source>
        <translation>상태 확인 한 번에 허용되는 시간입니다.</translation>
    </message>
    <message>
        <source>Failures before unhealthy.</source>
        <translation>비정상으로 판정하기까지의 실패 횟수입니다.</translation>
    </message>
    <message>
        <source>Grace period after start.</source>
        <translation>시작 후 유예 기간입니다.</translation>
    </message>
    <message>
        <source>Turn off the image&apos;s health check.</source>
        <translation>이미지의 상태 확인을 끕니다.</translation>
    </message>
    <message>
        <source>User to run as.</source>
        <translation>실행할 사용자입니다.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Working directory.</source>
        <translation>작업 디렉터리입니다.</translation>
    </message>
    <message>
        <source>Replace the image&apos;s entrypoint.</source>
        <translation>이미지의 엔트리포인트를 바꿉니다.</translation>
    </message>
    <message>
        <source>Run an init process that reaps zombies.</source>
        <translation>좀비 프로세스를 정리하는 init 프로세스를 실행합니다.</translation>
    </message>
    <message>
        <source>Give the container full privileges.</source>
        <translation>컨테이너에 모든 권한을 줍니다.</translation>
    </message>
    <message>
        <source>Add a Linux capability.</source>
        <translation>Linux capability를 추가합니다.</translation>
    </message>
    <message>
        <source>CAP</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>Drop a Linux capability.</source>
        <translation>Linux capability를 제거합니다.</translation>
    </message>
    <message>
        <source>Mount the root filesystem read-only.</source>
        <translation>루트 파일 시스템을 읽기 전용으로 마운트합니다.</translation>
    </message>
    <message>
        <source>Remove the container when it exits.</source>
        <translation>컨테이너가 종료되면 삭제합니다.</translation>
    </message>
    <message>
        <source>Give the container a terminal.</source>
        <translation>컨테이너에 터미널을 할당합니다.</translation>
    </message>
    <message>
        <source>Keep standard input open.</source>
        <translation>표준 입력을 열어 둡니다.</translation>
    </message>
    <message>
        <source>Signal that stops the container.</source>
        <translation>컨테이너를 중지할 때 보낼 시그널입니다.</translation>
    </message>
    <message>
        <source>SIGNAL</source>
        <translation>SIGNAL</translation>
    </message>
    <message>
        <source>Seconds to wait before killing on stop.</source>
        <translation>중지할 때 강제 종료 전까지 기다릴 시간(초)입니다.</translation>
    </message>
    <message>
        <source>Network mode or name.</source>
        <translation>네트워크 모드 또는 이름입니다.</translation>
    </message>
    <message>
        <source>NETWORK</source>
        <translation>NETWORK</translation>
    </message>
    <message>
        <source>Podman: the pod to join.</source>
        <translation>Podman: 참여할 포드입니다.</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>Podman: stop the container after this long.</source>
        <translation>Podman: 이 시간이 지나면 컨테이너를 중지합니다.</translation>
    </message>
    <message>
        <source>Create and start a container</source>
        <translation>컨테이너를 만들고 시작합니다</translation>
    </message>
    <message>
        <source>Start it and print its id instead of following its output.</source>
        <translation>출력을 계속 표시하지 않고, 시작한 뒤 ID만 출력합니다.</translation>
    </message>
    <message>
        <source>Start containers</source>
        <translation>컨테이너를 시작합니다</translation>
    </message>
    <message>
        <source>Stop containers</source>
        <translation>컨테이너를 중지합니다</translation>
    </message>
    <message>
        <source>Restart containers</source>
        <translation>컨테이너를 다시 시작합니다</translation>
    </message>
    <message>
        <source>Send a signal to containers</source>
        <translation>컨테이너에 시그널을 보냅니다</translation>
    </message>
    <message>
        <source>The signal to send (default SIGKILL).</source>
        <translation>보낼 시그널입니다(기본값 SIGKILL).</translation>
    </message>
    <message>
        <source>Pause containers</source>
        <translation>컨테이너를 일시 중지합니다</translation>
    </message>
    <message>
        <source>Unpause containers</source>
        <translation>컨테이너의 일시 중지를 해제합니다</translation>
    </message>
    <message>
        <source>Remove containers</source>
        <translation>컨테이너를 삭제합니다</translation>
    </message>
    <message>
        <source>Remove running containers too (they are killed).</source>
        <translation>실행 중인 컨테이너도 삭제합니다(강제 종료됨).</translation>
    </message>
    <message>
        <source>Remove the containers&apos; anonymous volumes too.</source>
        <translation>컨테이너의 익명 볼륨도 삭제합니다.</translation>
    </message>
    <message>
        <source>Rename a container</source>
        <translation>컨테이너 이름을 바꿉니다</translation>
    </message>
    <message>
        <source>Wait until a container stops; print its exit code</source>
        <translation>컨테이너가 멈출 때까지 기다린 뒤 종료 코드를 출력합니다</translation>
    </message>
    <message>
        <source>Show a container&apos;s processes</source>
        <translation>컨테이너의 프로세스를 표시합니다</translation>
    </message>
    <message>
        <source>Make an image from a container</source>
        <translation>컨테이너로 이미지를 만듭니다</translation>
    </message>
    <message>
        <source>Commit message.</source>
        <translation>커밋 메시지입니다.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Author.</source>
        <translation>작성자입니다.</translation>
    </message>
    <message>
        <source>Do not pause the container while committing.</source>
        <translation>커밋하는 동안 컨테이너를 일시 중지하지 않습니다.</translation>
    </message>
    <message>
        <source>Remove all stopped containers</source>
        <translation>중지된 컨테이너를 모두 삭제합니다</translation>
    </message>
    <message>
        <source>Do it: without this, prune only says what it would do.</source>
        <translation>실제로 실행합니다. 이 옵션이 없으면 prune은 무엇을 할지 알려 주기만 합니다.</translation>
    </message>
    <message>
        <source>This removes every stopped container on %1. Run again with --force to do it.</source>
        <translation>%1의 중지된 컨테이너를 모두 삭제합니다. 실제로 삭제하려면 --force를 붙여 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Reclaimed %1 bytes.</source>
        <translation>%1바이트를 확보했습니다.</translation>
    </message>
    <message>
        <source>Run a command in a running container</source>
        <translation>실행 중인 컨테이너에서 명령을 실행합니다</translation>
    </message>
    <message>
        <source>Send standard input to the command.</source>
        <translation>표준 입력을 명령에 전달합니다.</translation>
    </message>
    <message>
        <source>Give the command a terminal.</source>
        <translation>명령에 터미널을 붙여 줍니다.</translation>
    </message>
    <message>
        <source>Give the command full privileges.</source>
        <translation>명령에 모든 권한을 줍니다.</translation>
    </message>
</context>
<context>
    <name>ContainerDetailsView</name>
    <message>
        <source>Close the details (Esc)</source>
        <translation>상세 정보 닫기 (Esc)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>상태 확인</translation>
    </message>
    <message>
        <source>Run check now</source>
        <translation>지금 확인 실행</translation>
    </message>
    <message>
        <source>Run the container&apos;s health check at once (Podman)</source>
        <translation>컨테이너의 상태 확인을 바로 실행합니다 (Podman)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>What</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Check output</source>
        <translation>확인 출력</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <source>Reading the container…</source>
        <translation>컨테이너를 읽는 중…</translation>
    </message>
    <message>
        <source>(exit code %1)</source>
        <translation>(종료 코드 %1)</translation>
    </message>
    <message>
        <source>— killed for lack of memory</source>
        <translation>— 메모리 부족으로 강제 종료됨</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>엔트리포인트</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>종료 시각</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>재시작 횟수</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>Mounts</source>
        <translation>마운트</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>항상</translation>
    </message>
    <message>
        <source>Unless stopped</source>
        <translation>직접 멈추지 않는 한</translation>
    </message>
    <message numerus="yes">
        <source>On failure, at most %n time(s)</source>
        <translation>
            <numerusform>실패 시, 최대 %n회</numerusform>
        </translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>실패 시</translation>
    </message>
    <message>
        <source>Restart policy</source>
        <translation>재시작 정책</translation>
    </message>
    <message>
        <source>%1 CPUs</source>
        <translation>CPU %1개</translation>
    </message>
    <message>
        <source>%1 memory</source>
        <translation>메모리 %1</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>제한</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>작업 디렉터리</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>파드</translation>
    </message>
    <message>
        <source>privileged</source>
        <translation>특권 모드</translation>
    </message>
    <message>
        <source>read-only root</source>
        <translation>읽기 전용 루트</translation>
    </message>
    <message>
        <source>init process</source>
        <translation>init 프로세스</translation>
    </message>
    <message>
        <source>removed when it exits</source>
        <translation>종료되면 삭제</translation>
    </message>
    <message>
        <source>terminal</source>
        <translation>터미널</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>옵션</translation>
    </message>
    <message>
        <source>added: %1</source>
        <translation>추가: %1</translation>
    </message>
    <message>
        <source>dropped: %1</source>
        <translation>제거: %1</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>커널 권한(capabilities)</translation>
    </message>
    <message>
        <source>This container has no health check.</source>
        <translation>이 컨테이너에는 상태 확인이 없습니다.</translation>
    </message>
    <message>
        <source>Now: %1. Failing checks in a row: %2.</source>
        <translation>현재: %1. 연속 실패 횟수: %2.</translation>
    </message>
    <message>
        <source>Changes seen</source>
        <translation>관찰된 변화</translation>
    </message>
    <message>
        <source>no check</source>
        <translation>확인 없음</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>None since Gontainer started</source>
        <translation>Gontainer 시작 이후 없음</translation>
    </message>
    <message>
        <source>Last checks</source>
        <translation>최근 확인</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>통과</translation>
    </message>
    <message>
        <source>failed (exit code %1)</source>
        <translation>실패 (종료 코드 %1)</translation>
    </message>
    <message>
        <source>Running the health check…</source>
        <translation>상태 확인을 실행하는 중…</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>자원 사용</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>&amp;Connect to a Network…</source>
        <translation>네트워크에 연결(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>연결 끊기(&amp;D)</translation>
    </message>
    <message>
        <source>Detach the container from the chosen network</source>
        <translation>선택한 네트워크에서 컨테이너의 연결을 끊습니다</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1에 연결하는 중…</translation>
    </message>
    <message>
        <source>Could not connect %1 to %2: %3</source>
        <translation>%1을(를) %2에 연결하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>%1에 연결했습니다.</translation>
    </message>
    <message>
        <source>Disconnecting from %1…</source>
        <translation>%1에서 연결을 끊는 중…</translation>
    </message>
    <message>
        <source>Could not disconnect %1 from %2: %3</source>
        <translation>%2에서 %1의 연결을 끊지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>%1에서 연결을 끊었습니다.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>Managed by</source>
        <translation>관리 주체</translation>
    </message>
    <message>
        <source>Docker manages this container: act on it from the Docker node</source>
        <translation>Docker가 관리하는 컨테이너입니다: Docker 노드에서 작업하세요</translation>
    </message>
    <message>
        <source>The engine of %1 gives no resource figures for containers.</source>
        <translation>%1의 엔진은 컨테이너 리소스 수치를 제공하지 않습니다.</translation>
    </message>
    <message>
        <source>The engine of %1 keeps no container logs.</source>
        <translation>%1의 엔진은 컨테이너 로그를 보관하지 않습니다.</translation>
    </message>
    <message>
        <source>The engine of %1 has no networks: its containers use the host&apos;s network or none.</source>
        <translation>%1의 엔진에는 네트워크가 없습니다: 컨테이너는 호스트 네트워크를 사용하거나 네트워크 없이 실행됩니다.</translation>
    </message>
    <message>
        <source>The engine of %1 runs no health checks: its containers have no health.</source>
        <translation>%1의 엔진은 상태 확인을 실행하지 않습니다. 컨테이너에 상태 정보가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ContainerGroupProxy</name>
    <message>
        <source>No project</source>
        <translation>프로젝트 없음</translation>
    </message>
    <message numerus="yes">
        <source>Containers without a compose project: %n on %1</source>
        <translation>
            <numerusform>compose 프로젝트가 없는 컨테이너: %1에 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Compose project %1: %n container(s) on %2</source>
        <translation>
            <numerusform>Compose 프로젝트 %1: %2에 컨테이너 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%2개 중 %1개 실행 중</translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n개 비정상</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContainerTableModel</name>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>다시 시작 중</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>삭제 중</translation>
    </message>
    <message>
        <source>Exited</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Dead</source>
        <translation>비정상 종료</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>1분 미만</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n분</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n주</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n개월</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n년</numerusform>
        </translation>
    </message>
    <message>
        <source>Up %1</source>
        <translation>실행 중 (%1)</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Paused, up %1</source>
        <translation>일시 중지됨 (실행 %1)</translation>
    </message>
    <message>
        <source>Exited (%1)</source>
        <translation>종료됨 (%1)</translation>
    </message>
    <message>
        <source>Restarting (%1)</source>
        <translation>다시 시작 중 (%1)</translation>
    </message>
    <message>
        <source>Removal in progress</source>
        <translation>삭제 진행 중</translation>
    </message>
    <message>
        <source>(healthy)</source>
        <translation>(정상)</translation>
    </message>
    <message>
        <source>(unhealthy)</source>
        <translation>(비정상)</translation>
    </message>
    <message>
        <source>(health: starting)</source>
        <translation>(상태 확인 시작 중)</translation>
    </message>
    <message>
        <source>%1
ID %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 전</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>현황</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금 전</translation>
    </message>
    <message>
        <source>Exited (%1) %2</source>
        <translation>%2 종료됨 (%1)</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>비정상</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>확인 시작 중</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>상태 확인</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 중 %1</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Namespace %1</source>
        <translation>네임스페이스 %1</translation>
    </message>
    <message>
        <source>Docker manages this container: act on it from the Docker node</source>
        <translation>Docker가 관리하는 컨테이너입니다: Docker 노드에서 작업하세요</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>(Docker)</source>
        <translation>(Docker)</translation>
    </message>
</context>
<context>
    <name>ContainerTileDelegate</name>
    <message>
        <source>on %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <source>%1 of %2 running</source>
        <translation>%2개 중 %1개 실행 중</translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n개 비정상</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContainerdContainers</name>
    <message>
        <source>this kind of containerd address is not supported</source>
        <translation>지원하지 않는 종류의 containerd 주소입니다</translation>
    </message>
    <message>
        <source>containerd&apos;s containers are not listed by %1: use a label or an image instead</source>
        <translation>containerd의 컨테이너는 %1 기준으로 나열할 수 없습니다: 대신 레이블이나 이미지를 사용하세요</translation>
    </message>
    <message>
        <source>containerd does not keep past events: follow them from now, without --since</source>
        <translation>containerd는 지난 이벤트를 보관하지 않습니다: --since 없이 지금부터 이벤트를 따라가세요</translation>
    </message>
    <message>
        <source>containerd&apos;s events do not carry labels: filter by container or event instead</source>
        <translation>containerd의 이벤트에는 레이블이 없습니다: 대신 컨테이너나 이벤트로 필터링하세요</translation>
    </message>
    <message>
        <source>Compose project</source>
        <translation>Compose 프로젝트</translation>
    </message>
    <message>
        <source>Compose service</source>
        <translation>Compose 서비스</translation>
    </message>
    <message>
        <source>Kubernetes namespace</source>
        <translation>Kubernetes 네임스페이스</translation>
    </message>
    <message>
        <source>Kubernetes pod</source>
        <translation>Kubernetes 파드</translation>
    </message>
    <message>
        <source>Kubernetes container</source>
        <translation>Kubernetes 컨테이너</translation>
    </message>
</context>
<context>
    <name>ContainerdContent</name>
    <message>
        <source>the blob %1 is larger than %2 bytes</source>
        <translation>블롭 %1이(가) %2바이트보다 큽니다</translation>
    </message>
    <message>
        <source>namespace %1 has no image %2</source>
        <translation>네임스페이스 %1에 이미지 %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>the image has no manifest for %1/%2</source>
        <translation>이미지에 %1/%2용 매니페스트가 없습니다</translation>
    </message>
    <message>
        <source>indexes nested too deep</source>
        <translation>인덱스가 너무 깊게 중첩되어 있습니다</translation>
    </message>
    <message>
        <source>%1 is neither an image index nor a manifest</source>
        <translation>%1은(는) 이미지 인덱스도 매니페스트도 아닙니다</translation>
    </message>
</context>
<context>
    <name>ContainerdCreate</name>
    <message>
        <source>this kind of containerd address is not supported</source>
        <translation>지원하지 않는 종류의 containerd 주소입니다</translation>
    </message>
    <message>
        <source>This node shows namespace %1 only: a container made in %2 would not be seen here.</source>
        <translation>이 노드는 네임스페이스 %1만 표시합니다: %2에서 만든 컨테이너는 여기에 표시되지 않습니다.</translation>
    </message>
    <message>
        <source>Docker manages the containers of namespace %1: create them with Docker.</source>
        <translation>네임스페이스 %1의 컨테이너는 Docker가 관리합니다: Docker로 만드세요.</translation>
    </message>
    <message>
        <source>Choose the image to create the container from.</source>
        <translation>컨테이너를 만들 이미지를 선택하세요.</translation>
    </message>
    <message>
        <source>container %1 in namespace %2 is named %3</source>
        <translation>네임스페이스 %2에 있는 컨테이너 %1의 이름이 %3입니다</translation>
    </message>
    <message>
        <source>namespace %1 has no image %2 for this machine; pull it there with nerdctl pull or ctr images pull</source>
        <translation>네임스페이스 %1에 이 머신용 이미지 %2이(가) 없습니다. 해당 머신에서 nerdctl pull 또는 ctr images pull로 가져오세요</translation>
    </message>
    <message>
        <source>image %1 is not unpacked for the overlayfs snapshotter in namespace %2; run ctr images unpack or nerdctl pull on the machine (%3)</source>
        <translation>네임스페이스 %2에서 이미지 %1이(가) overlayfs 스냅샷터용으로 압축 해제되지 않았습니다. 해당 머신(%3)에서 ctr images unpack 또는 nerdctl pull을 실행하세요</translation>
    </message>
    <message>
        <source>Cannot read the users of image %1 from its layer %2: %3</source>
        <translation>이미지 %1의 레이어 %2에서 사용자 정보를 읽을 수 없습니다: %3</translation>
    </message>
    <message>
        <source>Image %1 is in namespace %2, and the container is made in namespace %3: a container can be made from an image of its own namespace only.</source>
        <translation>이미지 %1은(는) 네임스페이스 %2에 있고 컨테이너는 네임스페이스 %3에 만들어집니다. 컨테이너는 같은 네임스페이스의 이미지로만 만들 수 있습니다.</translation>
    </message>
    <message>
        <source>The short id %1 fits %2 images of namespace %3 (%4): give more of the id, or the image&apos;s name.</source>
        <translation>짧은 ID %1에 맞는 이미지가 네임스페이스 %3에 %2개 있습니다(%4). ID를 더 길게 입력하거나 이미지 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Namespace %1 has no image with the id %2.</source>
        <translation>네임스페이스 %1에 ID가 %2인 이미지가 없습니다.</translation>
    </message>
    <message>
        <source>Namespace %1 has no image with the id or name %2.</source>
        <translation>네임스페이스 %1에 ID나 이름이 %2인 이미지가 없습니다.</translation>
    </message>
</context>
<context>
    <name>ContainerdEngine</name>
    <message>
        <source>containerd has no volumes: mount a folder of the machine into the container instead</source>
        <translation>containerd에는 볼륨이 없습니다: 대신 머신의 폴더를 컨테이너에 마운트하세요</translation>
    </message>
    <message>
        <source>containerd has no networks of its own: its containers use the machine&apos;s network or none</source>
        <translation>containerd에는 자체 네트워크가 없습니다: 컨테이너는 머신의 네트워크를 사용하거나 네트워크 없이 실행됩니다</translation>
    </message>
    <message>
        <source>Gontainer does not run commands in containerd&apos;s containers yet: use nerdctl exec or ctr task exec on the machine</source>
        <translation>Gontainer는 아직 containerd 컨테이너에서 명령을 실행할 수 없습니다: 해당 머신에서 nerdctl exec 또는 ctr task exec를 사용하세요</translation>
    </message>
    <message>
        <source>Gontainer does not do this on containerd nodes yet</source>
        <translation>Gontainer는 아직 containerd 노드에서 이 작업을 지원하지 않습니다</translation>
    </message>
    <message>
        <source>this kind of containerd address is not supported</source>
        <translation>지원하지 않는 종류의 containerd 주소입니다</translation>
    </message>
    <message>
        <source>containerd does not search registries</source>
        <translation>containerd는 레지스트리를 검색하지 않습니다</translation>
    </message>
    <message>
        <source>containerd does not log in to registries</source>
        <translation>containerd는 레지스트리에 로그인하지 않습니다</translation>
    </message>
    <message>
        <source>Gontainer does not make images from containerd&apos;s containers: use nerdctl commit on the machine</source>
        <translation>Gontainer는 containerd 컨테이너에서 이미지를 만들지 않습니다: 해당 머신에서 nerdctl commit을 사용하세요</translation>
    </message>
    <message>
        <source>Gontainer does not push images from containerd: use nerdctl push on the machine</source>
        <translation>Gontainer는 containerd에서 이미지를 올리지 않습니다: 해당 머신에서 nerdctl push를 사용하세요</translation>
    </message>
    <message>
        <source>containerd does not build images: build them with nerdctl build (BuildKit)</source>
        <translation>containerd는 이미지를 빌드하지 않습니다: nerdctl build(BuildKit)로 빌드하세요</translation>
    </message>
</context>
<context>
    <name>ContainerdEventStream</name>
    <message>
        <source>this kind of containerd address is not supported</source>
        <translation>지원하지 않는 종류의 containerd 주소입니다</translation>
    </message>
    <message>
        <source>the engine ended the event stream</source>
        <translation>엔진이 이벤트 스트림을 끝냈습니다</translation>
    </message>
</context>
<context>
    <name>ContainerdImages</name>
    <message>
        <source>containerd %1 cannot pull for Gontainer: pulling goes through its Transfer service, which containerd has from version 1.7. Pull on the machine with nerdctl pull or ctr images pull (with --namespace), and the image appears here.</source>
        <translation>containerd %1은(는) Gontainer를 위해 이미지를 가져올 수 없습니다: 가져오기는 Transfer 서비스를 거치며, containerd는 버전 1.7부터 이 서비스를 제공합니다. 해당 머신에서 nerdctl pull 또는 ctr images pull(--namespace 지정)로 가져오면 이미지가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>No such image: %1</source>
        <translation>해당 이미지가 없습니다: %1</translation>
    </message>
    <message>
        <source>%1 is in the namespaces %2: say which, as NAMESPACE/%1</source>
        <translation>%1이(가) 여러 네임스페이스(%2)에 있습니다: NAMESPACE/%1 형식으로 하나를 지정하세요</translation>
    </message>
    <message>
        <source>An image is named in its own namespace (%1), not in %2</source>
        <translation>이미지 이름은 %2이(가) 아니라 해당 이미지의 네임스페이스(%1)에서 지정됩니다</translation>
    </message>
    <message>
        <source>conflict: unable to delete %1 (must be forced) - image is referenced in multiple repositories</source>
        <translation>충돌: %1을(를) 삭제할 수 없습니다(강제 삭제 필요) - 이미지가 여러 리포지토리에서 참조되고 있습니다</translation>
    </message>
    <message>
        <source>conflict: unable to remove %1 - image is being used by containers %2 in namespace %3</source>
        <translation>충돌: %1을(를) 제거할 수 없습니다 - 네임스페이스 %3의 컨테이너 %2이(가) 이미지를 사용하고 있습니다</translation>
    </message>
    <message>
        <source>Gontainer cannot pull into this containerd: pulling goes through containerd&apos;s Transfer service (1.7 and later), which it does not have. Pull on the machine with nerdctl pull or ctr images pull (with --namespace), and the image appears here.</source>
        <translation>Gontainer는 이 containerd로 이미지를 가져올 수 없습니다. 이미지 가져오기는 containerd의 Transfer 서비스(1.7 이상)를 통해 이루어지는데, 이 containerd에는 해당 서비스가 없습니다. 해당 머신에서 nerdctl pull 또는 ctr images pull(--namespace 지정)로 가져오면 이미지가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>containerd %1 cannot pull for Gontainer: its Transfer service (the io.containerd.transfer.v1 plugin) is not loaded. Pull on the machine with nerdctl pull or ctr images pull (with --namespace), and the image appears here.</source>
        <translation>containerd %1에서 Gontainer용으로 이미지를 가져올 수 없습니다. Transfer 서비스(io.containerd.transfer.v1 플러그인)가 로드되지 않았습니다. 해당 머신에서 nerdctl pull 또는 ctr images pull(--namespace 지정)로 가져오면 이미지가 여기에 표시됩니다.</translation>
    </message>
</context>
<context>
    <name>ContainerdLogStream</name>
    <message>
        <source>cannot read the log file %1: %2</source>
        <translation>로그 파일 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>ContainerdNode</name>
    <message>
        <source>containerd did not list its namespaces: %1</source>
        <translation>containerd가 네임스페이스 목록을 반환하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The snapshotter %1, which ctr and nerdctl use unless told otherwise, does not work here: %2</source>
        <translation>ctr과 nerdctl이 따로 지정하지 않으면 사용하는 스냅샷터 %1이(가) 여기에서 작동하지 않습니다: %2</translation>
    </message>
    <message>
        <source>containerd does not have it</source>
        <translation>containerd에 없습니다</translation>
    </message>
    <message>
        <source>containerd did not list its plugins: %1</source>
        <translation>containerd가 플러그인 목록을 반환하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>not given by containerd (Gontainer reads them only for a containerd on this machine)</source>
        <translation>containerd가 제공하지 않음(Gontainer는 이 머신의 containerd에 대해서만 이 값을 읽습니다)</translation>
    </message>
    <message>
        <source>this kind of containerd address is not supported</source>
        <translation>지원하지 않는 종류의 containerd 주소입니다</translation>
    </message>
</context>
<context>
    <name>ContainerdPasswd</name>
    <message>
        <source>&quot;%1&quot; is not a user: give USER or USER:GROUP, by name or number.</source>
        <translation>&quot;%1&quot;은(는) 올바른 사용자가 아닙니다. USER 또는 USER:GROUP 형식으로 이름이나 번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Image %1 has no /etc/passwd, so user &quot;%2&quot; cannot be looked up by name: give the user as a number (UID or UID:GID).</source>
        <translation>이미지 %1에 /etc/passwd가 없어 사용자 &quot;%2&quot;을(를) 이름으로 조회할 수 없습니다. 사용자를 번호(UID 또는 UID:GID)로 입력하세요.</translation>
    </message>
    <message>
        <source>Image %1 has no user &quot;%2&quot; in its /etc/passwd.</source>
        <translation>이미지 %1의 /etc/passwd에 사용자 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
    <message>
        <source>Image %1 has no /etc/group, so group &quot;%2&quot; cannot be looked up by name: give the group as a number (USER:GID).</source>
        <translation>이미지 %1에 /etc/group이 없어 그룹 &quot;%2&quot;을(를) 이름으로 조회할 수 없습니다. 그룹을 번호(USER:GID)로 입력하세요.</translation>
    </message>
    <message>
        <source>Image %1 has no group &quot;%2&quot; in its /etc/group.</source>
        <translation>이미지 %1의 /etc/group에 그룹 &quot;%2&quot;이(가) 없습니다.</translation>
    </message>
</context>
<context>
    <name>ContainerdPasswd::Layer</name>
    <message>
        <source>the gzip decompressor could not start</source>
        <translation>gzip 압축 해제기를 시작할 수 없습니다</translation>
    </message>
    <message>
        <source>the layer is compressed with zstd, which Gontainer does not read</source>
        <translation>레이어가 zstd로 압축되어 있으며, Gontainer는 이 형식을 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the layer is not a valid gzip stream (%1)</source>
        <translation>레이어가 올바른 gzip 스트림이 아닙니다(%1)</translation>
    </message>
    <message>
        <source>the layer is not a valid gzip stream</source>
        <translation>레이어가 올바른 gzip 스트림이 아닙니다</translation>
    </message>
    <message>
        <source>the layer ended in the middle</source>
        <translation>레이어가 중간에 끝났습니다</translation>
    </message>
    <message>
        <source>a file in /etc is larger than %1 bytes</source>
        <translation>/etc의 파일 중 %1바이트보다 큰 파일이 있습니다</translation>
    </message>
    <message>
        <source>the layer is not a tar archive</source>
        <translation>레이어가 tar 아카이브가 아닙니다</translation>
    </message>
    <message>
        <source>/%1 is a link in the image, which Gontainer does not follow</source>
        <translation>/%1은(는) 이미지 안에서 링크이며, Gontainer는 링크를 따라가지 않습니다</translation>
    </message>
</context>
<context>
    <name>ContainerdPull</name>
    <message>
        <source>Pulled %1</source>
        <translation>%1 가져옴</translation>
    </message>
    <message numerus="yes">
        <source>the pull of %1 was stopped: it made no progress for %n minute(s) (no download moved)</source>
        <translation>
            <numerusform>%1 가져오기가 중지되었습니다: %n분 동안 진행되지 않았습니다(다운로드 진행 없음)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the pull of %1 was stopped: it made no progress for %n second(s) (no download moved)</source>
        <translation>
            <numerusform>%1 가져오기가 중지되었습니다: %n초 동안 진행되지 않았습니다(다운로드 진행 없음)</numerusform>
        </translation>
    </message>
    <message>
        <source>no image name was given</source>
        <translation>이미지 이름이 지정되지 않았습니다</translation>
    </message>
    <message>
        <source>the registry of %1 speaks plain HTTP, and containerd 1.7&apos;s Transfer service reaches registries only over HTTPS (it has no setting for plain-HTTP registries before containerd 2.0). Pull it on the machine with ctr images pull --plain-http (with --namespace), or serve the registry over HTTPS. containerd said: %2</source>
        <translation>%1의 레지스트리는 일반 HTTP를 사용하지만, containerd 1.7의 Transfer 서비스는 HTTPS로만 레지스트리에 접속합니다(containerd 2.0 이전에는 일반 HTTP 레지스트리용 설정이 없습니다). 해당 머신에서 ctr images pull --plain-http(--namespace 지정)로 가져오거나, 레지스트리를 HTTPS로 제공하세요. containerd 메시지: %2</translation>
    </message>
    <message>
        <source>the registry of %1 refused the pull: it wants a login, or refused the one given. Gontainer passes a saved user name and password to containerd&apos;s Transfer service, but not a token login (as Docker Hub&apos;s): pull such an image on the machine with ctr images pull --user (with --namespace). containerd said: %2</source>
        <translation>%1의 레지스트리가 가져오기를 거부했습니다. 로그인이 필요하거나 제공된 로그인 정보가 거부되었습니다. Gontainer는 저장된 사용자 이름과 비밀번호를 containerd의 Transfer 서비스에 전달하지만, (Docker Hub와 같은) 토큰 로그인은 전달하지 않습니다. 이러한 이미지는 해당 머신에서 ctr images pull --user(--namespace 지정)로 가져오세요. containerd 메시지: %2</translation>
    </message>
    <message>
        <source>the registry has no image %1. containerd said: %2</source>
        <translation>레지스트리에 이미지 %1이(가) 없습니다. containerd 메시지: %2</translation>
    </message>
</context>
<context>
    <name>ContainerdSpec</name>
    <message>
        <source>containerd has no networks of its own, so it publishes no ports: use the machine&apos;s network (host) and the container&apos;s own ports.</source>
        <translation>containerd에는 자체 네트워크가 없으므로 포트를 게시하지 않습니다: 머신의 네트워크(host)와 컨테이너 자체 포트를 사용하세요.</translation>
    </message>
    <message>
        <source>containerd has no networks of its own: a container uses the machine&apos;s network (host) or none, not &quot;%1&quot;.</source>
        <translation>containerd에는 자체 네트워크가 없습니다: 컨테이너는 &quot;%1&quot;이(가) 아니라 머신의 네트워크(host)를 사용하거나 네트워크 없이 실행됩니다.</translation>
    </message>
    <message>
        <source>containerd gives containers no addresses of their own: leave the IP address empty.</source>
        <translation>containerd는 컨테이너에 자체 주소를 부여하지 않습니다: IP 주소를 비워 두세요.</translation>
    </message>
    <message>
        <source>containerd has no volumes (&quot;%1&quot;): mount a folder of the machine into the container instead.</source>
        <translation>containerd에는 볼륨이 없습니다(&quot;%1&quot;): 대신 머신의 폴더를 컨테이너에 마운트하세요.</translation>
    </message>
    <message>
        <source>A mount&apos;s path in the container must be absolute, not &quot;%1&quot;.</source>
        <translation>컨테이너 안의 마운트 경로는 &quot;%1&quot;이(가) 아닌 절대 경로여야 합니다.</translation>
    </message>
    <message>
        <source>A folder of the machine is given by its absolute path, not &quot;%1&quot;.</source>
        <translation>머신의 폴더는 &quot;%1&quot;이(가) 아닌 절대 경로로 지정합니다.</translation>
    </message>
    <message>
        <source>This containerd restarts containers always or never, not on failure only (containerd 1.7 does): choose &quot;always&quot; or &quot;unless stopped&quot;.</source>
        <translation>이 containerd는 컨테이너를 항상 다시 시작하거나 전혀 다시 시작하지 않으며, 실패 시에만 다시 시작할 수는 없습니다(containerd 1.7은 가능): &quot;always&quot; 또는 &quot;unless stopped&quot;를 선택하세요.</translation>
    </message>
    <message>
        <source>containerd runs no health checks.</source>
        <translation>containerd는 상태 확인을 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>containerd has no init process to add: run one from the image.</source>
        <translation>containerd에는 추가할 init 프로세스가 없습니다: 이미지에 있는 init 프로세스를 실행하세요.</translation>
    </message>
    <message>
        <source>Gontainer does not make privileged containerd containers: add the capabilities the container needs instead.</source>
        <translation>Gontainer는 특권 containerd 컨테이너를 만들지 않습니다: 대신 컨테이너에 필요한 권한(capability)을 추가하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Linux capability.</source>
        <translation>&quot;%1&quot;은(는) Linux 권한(capability)이 아닙니다.</translation>
    </message>
    <message>
        <source>containerd does not remove containers when they end: remove it yourself.</source>
        <translation>containerd는 종료된 컨테이너를 제거하지 않습니다: 직접 제거하세요.</translation>
    </message>
    <message>
        <source>Gontainer does not attach to containerd&apos;s containers, so it gives them no terminal or input: use nerdctl run -it on the machine.</source>
        <translation>Gontainer는 containerd 컨테이너에 연결하지 않으므로 터미널이나 입력을 제공하지 않습니다: 해당 머신에서 nerdctl run -it를 사용하세요.</translation>
    </message>
    <message>
        <source>containerd keeps no stop timeout with a container: give it when you stop the container.</source>
        <translation>containerd는 컨테이너에 중지 제한 시간을 보관하지 않습니다: 컨테이너를 중지할 때 지정하세요.</translation>
    </message>
    <message>
        <source>containerd has no pods.</source>
        <translation>containerd에는 파드가 없습니다.</translation>
    </message>
    <message>
        <source>containerd does not stop containers after a time.</source>
        <translation>containerd는 일정 시간이 지난 후 컨테이너를 중지하지 않습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use letters, digits, &quot;_&quot;, &quot;.&quot; and &quot;-&quot;, starting with a letter or digit.</source>
        <translation>&quot;%1&quot;은(는) 올바른 이름이 아닙니다: 문자, 숫자, &quot;_&quot;, &quot;.&quot;, &quot;-&quot;를 사용하고 문자나 숫자로 시작하세요.</translation>
    </message>
    <message>
        <source>The image names no command to run: give the container one.</source>
        <translation>이미지에 실행할 명령이 지정되어 있지 않습니다: 컨테이너에 명령을 지정하세요.</translation>
    </message>
    <message>
        <source>The working directory must be an absolute path, not &quot;%1&quot;.</source>
        <translation>작업 디렉터리는 &quot;%1&quot;이(가) 아닌 절대 경로여야 합니다.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot; is given by name: it is looked up in the image&apos;s /etc/passwd and /etc/group, which were not read.</source>
        <translation>사용자 &quot;%1&quot;이(가) 이름으로 지정되었습니다. 이름은 이미지의 /etc/passwd와 /etc/group에서 조회하는데, 이 파일들을 읽지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>ContainerdStatsStream</name>
    <message>
        <source>the node is gone</source>
        <translation>노드가 사라졌습니다</translation>
    </message>
    <message>
        <source>containerd reports this task&apos;s resource use in a form Gontainer does not read (%1)</source>
        <translation>containerd가 이 태스크의 리소스 사용량을 Gontainer가 읽을 수 없는 형식(%1)으로 보고합니다</translation>
    </message>
</context>
<context>
    <name>ContainerdTasks</name>
    <message>
        <source>this kind of containerd address is not supported</source>
        <translation>지원하지 않는 종류의 containerd 주소입니다</translation>
    </message>
    <message>
        <source>no container id in &quot;%1&quot;</source>
        <translation>&quot;%1&quot;에 컨테이너 ID가 없습니다</translation>
    </message>
    <message>
        <source>Docker manages the containers in containerd&apos;s &quot;moby&quot; namespace: act on this one through Docker (add the machine&apos;s Docker as a node)</source>
        <translation>containerd의 &quot;moby&quot; 네임스페이스에 있는 컨테이너는 Docker가 관리합니다: 이 컨테이너는 Docker를 통해 작업하세요(머신의 Docker를 노드로 추가하세요)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a signal</source>
        <translation>&quot;%1&quot;은(는) 시그널이 아닙니다</translation>
    </message>
    <message>
        <source>the container is not running</source>
        <translation>컨테이너가 실행 중이 아닙니다</translation>
    </message>
    <message>
        <source>a container needs a name</source>
        <translation>컨테이너에 이름이 필요합니다</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is taken by container %2 in namespace %3</source>
        <translation>이름 &quot;%1&quot;은(는) 네임스페이스 %3의 컨테이너 %2이(가) 사용 중입니다</translation>
    </message>
    <message>
        <source>no such container: %1</source>
        <translation>해당 컨테이너가 없습니다: %1</translation>
    </message>
    <message>
        <source>the container is running: stop it first or remove it with force</source>
        <translation>컨테이너가 실행 중입니다: 먼저 중지하거나 강제로 제거하세요</translation>
    </message>
    <message>
        <source>containerd ended the event stream</source>
        <translation>containerd가 이벤트 스트림을 종료했습니다</translation>
    </message>
    <message>
        <source>containerd keeps no logs, and nerdctl sends this container&apos;s output to its &quot;%1&quot; log driver: read it there, or with nerdctl logs</source>
        <translation>containerd는 로그를 보관하지 않으며, nerdctl이 이 컨테이너의 출력을 &quot;%1&quot; 로그 드라이버로 보냅니다: 그곳에서 읽거나 nerdctl logs로 확인하세요</translation>
    </message>
    <message>
        <source>containerd keeps no logs, and this container&apos;s output goes nowhere Gontainer can read: start it from Gontainer (or run it with nerdctl) to have a log</source>
        <translation>containerd는 로그를 보관하지 않으며, 이 컨테이너의 출력은 Gontainer가 읽을 수 있는 곳으로 전달되지 않습니다: 로그를 남기려면 Gontainer에서 시작하세요(또는 nerdctl로 실행하세요)</translation>
    </message>
    <message>
        <source>containerd keeps no logs; this container&apos;s output goes to %1, which Gontainer cannot read</source>
        <translation>containerd는 로그를 보관하지 않습니다. 이 컨테이너의 출력은 Gontainer가 읽을 수 없는 %1(으)로 전달됩니다</translation>
    </message>
    <message>
        <source>containerd keeps no logs; this container&apos;s log is the file %1 on the machine containerd runs on, and Gontainer reads containerd&apos;s log files only on this machine</source>
        <translation>containerd는 로그를 보관하지 않습니다. 이 컨테이너의 로그는 containerd가 실행되는 머신의 파일 %1이며, Gontainer는 이 머신에 있는 containerd 로그 파일만 읽을 수 있습니다</translation>
    </message>
    <message>
        <source>cannot start a paused container, try unpause instead</source>
        <translation>일시 중지된 컨테이너는 시작할 수 없습니다. 먼저 일시 중지를 해제하세요</translation>
    </message>
</context>
<context>
    <name>ContainersPage</name>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>검색(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tiles</source>
        <translation>타일(&amp;T)</translation>
    </message>
    <message>
        <source>Show containers as tiles (Ctrl+1)</source>
        <translation>컨테이너를 타일로 보기 (Ctrl+1)</translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation>표(&amp;A)</translation>
    </message>
    <message>
        <source>Show containers as a table (Ctrl+2)</source>
        <translation>컨테이너를 표로 보기 (Ctrl+2)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>열(&amp;C)</translation>
    </message>
    <message>
        <source>Search name, image, label, ID (Ctrl+F)</source>
        <translation>이름, 이미지, 레이블, ID 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>Show only containers in this state</source>
        <translation>이 상태의 컨테이너만 보기</translation>
    </message>
    <message>
        <source>Any health</source>
        <translation>모든 상태 확인</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>비정상</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>확인 시작 중</translation>
    </message>
    <message>
        <source>With a health check</source>
        <translation>상태 확인 있음</translation>
    </message>
    <message>
        <source>Show only containers with this health</source>
        <translation>이 상태 확인 결과의 컨테이너만 보기</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>%1 기준 정렬</translation>
    </message>
    <message>
        <source>Ascending or descending</source>
        <translation>오름차순 또는 내림차순</translation>
    </message>
    <message>
        <source>Show the containers of one node</source>
        <translation>한 노드의 컨테이너만 보기</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>모든 노드</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s), %1 running</source>
        <translation>
            <numerusform>컨테이너 %n개, %1개 실행 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unhealthy</source>
        <translation>
            <numerusform>%n개 비정상</numerusform>
        </translation>
    </message>
    <message>
        <source>No container matches the search and filters.
Press Esc to clear the search, or choose &quot;All&quot; in the filters.</source>
        <translation>검색어와 필터에 맞는 컨테이너가 없습니다.
Esc를 눌러 검색어를 지우거나 필터에서 &quot;모든&quot; 항목을 고르세요.</translation>
    </message>
    <message>
        <source>No container engine.</source>
        <translation>컨테이너 엔진이 없습니다.</translation>
    </message>
    <message>
        <source>No nodes.
Add one in Nodes with &quot;Add Node…&quot;.</source>
        <translation>노드가 없습니다.
노드 화면에서 &quot;노드 추가…&quot;로 추가하세요.</translation>
    </message>
    <message>
        <source>Looking for a container engine…</source>
        <translation>컨테이너 엔진을 찾는 중…</translation>
    </message>
    <message>
        <source>No containers yet.
Containers you create with Docker or Podman appear here as soon as they exist.</source>
        <translation>아직 컨테이너가 없습니다.
Docker나 Podman으로 만든 컨테이너는 생기는 즉시 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>No node can be reached.</source>
        <translation>연결할 수 있는 노드가 없습니다.</translation>
    </message>
    <message>
        <source>&amp;Group by Project</source>
        <translation>프로젝트별로 묶기(&amp;G)</translation>
    </message>
    <message>
        <source>Group the containers by compose project, with each project&apos;s counts (Ctrl+G)</source>
        <translation>compose 프로젝트별로 컨테이너를 묶고 프로젝트마다 개수를 보여 줍니다 (Ctrl+G)</translation>
    </message>
    <message>
        <source>No node&apos;s engine runs health checks</source>
        <translation>상태 확인을 실행하는 노드 엔진이 없습니다</translation>
    </message>
</context>
<context>
    <name>CreateContainerDialog</name>
    <message>
        <source>New Container</source>
        <translation>새 컨테이너</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>노드(&amp;N):</translation>
    </message>
    <message>
        <source>nginx, docker.io/library/redis:7, …</source>
        <translation>nginx, docker.io/library/redis:7, …</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>이미지(&amp;I):</translation>
    </message>
    <message>
        <source>Chosen by the engine when empty</source>
        <translation>비워 두면 엔진이 정합니다</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>이름(&amp;A):</translation>
    </message>
    <message>
        <source>The image&apos;s own command when empty</source>
        <translation>비워 두면 이미지의 명령을 씁니다</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>명령(&amp;C):</translation>
    </message>
    <message>
        <source>One per line: 8080:80, 127.0.0.1:5432:5432, 53:53/udp</source>
        <translation>한 줄에 하나씩: 8080:80, 127.0.0.1:5432:5432, 53:53/udp</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>One per line: KEY=value</source>
        <translation>한 줄에 하나씩: KEY=값</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>환경 변수(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Start the container once it is created</source>
        <translation>만든 뒤 바로 시작(&amp;S)</translation>
    </message>
    <message>
        <source>Storage and labels</source>
        <translation>저장소와 레이블</translation>
    </message>
    <message>
        <source>One per line: /host/path:/in/container[:ro] or volume:/path</source>
        <translation>한 줄에 하나씩: /호스트/경로:/컨테이너/경로[:ro] 또는 볼륨:/경로</translation>
    </message>
    <message>
        <source>&amp;Volumes:</source>
        <translation>볼륨(&amp;V):</translation>
    </message>
    <message>
        <source>One per line: key=value</source>
        <translation>한 줄에 하나씩: 키=값</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <source>Restart and resources</source>
        <translation>재시작과 자원</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>항상</translation>
    </message>
    <message>
        <source>Unless stopped</source>
        <translation>직접 멈추지 않는 한</translation>
    </message>
    <message>
        <source>On failure</source>
        <translation>실패 시</translation>
    </message>
    <message>
        <source>&amp;Restart:</source>
        <translation>재시작(&amp;R):</translation>
    </message>
    <message>
        <source>No limit; 0.5 is half a CPU</source>
        <translation>제한 없음; 0.5는 CPU 절반</translation>
    </message>
    <message>
        <source>C&amp;PUs:</source>
        <translation>CPU(&amp;P):</translation>
    </message>
    <message>
        <source>No limit; 512m, 2g</source>
        <translation>제한 없음; 512m, 2g</translation>
    </message>
    <message>
        <source>&amp;Memory:</source>
        <translation>메모리(&amp;M):</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>상태 확인</translation>
    </message>
    <message>
        <source>The image&apos;s own check when empty; run by the shell</source>
        <translation>비워 두면 이미지의 확인을 씁니다; 셸이 실행합니다</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>명령(&amp;M):</translation>
    </message>
    <message>
        <source>30s</source>
        <translation>30s</translation>
    </message>
    <message>
        <source>&amp;Interval:</source>
        <translation>간격(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Timeout:</source>
        <translation>제한 시간(&amp;T):</translation>
    </message>
    <message>
        <source>Engine default</source>
        <translation>엔진 기본값</translation>
    </message>
    <message>
        <source>&amp;Retries:</source>
        <translation>재시도 횟수(&amp;R):</translation>
    </message>
    <message>
        <source>0s</source>
        <translation>0s</translation>
    </message>
    <message>
        <source>&amp;Start period:</source>
        <translation>시작 유예 시간(&amp;S):</translation>
    </message>
    <message>
        <source>Process and security</source>
        <translation>프로세스와 보안</translation>
    </message>
    <message>
        <source>The image&apos;s own entrypoint when empty</source>
        <translation>비워 두면 이미지의 엔트리포인트를 씁니다</translation>
    </message>
    <message>
        <source>&amp;Entrypoint:</source>
        <translation>엔트리포인트(&amp;E):</translation>
    </message>
    <message>
        <source>user, uid or uid:gid</source>
        <translation>사용자, uid 또는 uid:gid</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>/app</source>
        <translation>/app</translation>
    </message>
    <message>
        <source>&amp;Working directory:</source>
        <translation>작업 디렉터리(&amp;W):</translation>
    </message>
    <message>
        <source>NET_ADMIN, SYS_TIME</source>
        <translation>NET_ADMIN, SYS_TIME</translation>
    </message>
    <message>
        <source>&amp;Add capabilities:</source>
        <translation>추가할 권한(&amp;A):</translation>
    </message>
    <message>
        <source>ALL, NET_RAW</source>
        <translation>ALL, NET_RAW</translation>
    </message>
    <message>
        <source>&amp;Drop capabilities:</source>
        <translation>뺄 권한(&amp;D):</translation>
    </message>
    <message>
        <source>Run an &amp;init process that reaps zombies</source>
        <translation>좀비 프로세스를 거두는 init 프로세스 실행(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Privileged (full access to the host)</source>
        <translation>특권 모드 — 호스트 전체에 접근(&amp;P)</translation>
    </message>
    <message>
        <source>Read-only &amp;root file system</source>
        <translation>읽기 전용 루트 파일 시스템(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the container when it e&amp;xits</source>
        <translation>종료되면 컨테이너 삭제(&amp;X)</translation>
    </message>
    <message>
        <source>Podman</source>
        <translation>Podman</translation>
    </message>
    <message>
        <source>P&amp;od:</source>
        <translation>파드(&amp;O):</translation>
    </message>
    <message>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>제한 없음</translation>
    </message>
    <message>
        <source>Run &amp;time limit:</source>
        <translation>실행 시간 제한(&amp;T):</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>만들기(&amp;R)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Choose an image of the node, or type one to pull, like nginx:1.27.</source>
        <translation>노드의 이미지를 고르거나, 받아 올 이미지를 입력하세요 (예: nginx:1.27).</translation>
    </message>
    <message>
        <source>An image name has no spaces.</source>
        <translation>이미지 이름에는 공백이 없습니다.</translation>
    </message>
    <message>
        <source>Use letters, digits, and . _ - after the first letter or digit.</source>
        <translation>영문자와 숫자를 쓰고, 첫 글자 뒤에는 . _ - 도 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>Host port %1 is given twice: each host port can be published once.</source>
        <translation>호스트 포트 %1이(가) 두 번 있습니다: 호스트 포트는 한 번만 공개할 수 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value: write it as KEY=value.</source>
        <translation>&quot;%1&quot;에 값이 없습니다: KEY=값 형태로 쓰세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label: write it as key=value, the key without spaces.</source>
        <translation>&quot;%1&quot;은(는) 레이블이 아닙니다: 키=값 형태로, 키에는 공백 없이 쓰세요.</translation>
    </message>
    <message>
        <source>At least 6 MB: engines refuse smaller limits.</source>
        <translation>6 MB 이상이어야 합니다: 엔진이 더 작은 제한은 거부합니다.</translation>
    </message>
    <message>
        <source>Give the check&apos;s command first.</source>
        <translation>먼저 확인 명령을 입력하세요.</translation>
    </message>
    <message>
        <source>The working directory is a path inside the container, from /.</source>
        <translation>작업 디렉터리는 컨테이너 안의 경로로, /로 시작합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a capability name, like NET_ADMIN.</source>
        <translation>&quot;%1&quot;은(는) 권한 이름이 아닙니다 (예: NET_ADMIN).</translation>
    </message>
    <message>
        <source>%1 is not connected: choose another node, or wait until it is back.</source>
        <translation>%1에 연결되어 있지 않습니다: 다른 노드를 고르거나 다시 연결될 때까지 기다리세요.</translation>
    </message>
    <message>
        <source>Creating the container on %1…</source>
        <translation>%1에 컨테이너를 만드는 중…</translation>
    </message>
    <message>
        <source>Pull the image?</source>
        <translation>이미지를 받아 올까요?</translation>
    </message>
    <message>
        <source>%1 does not have the image %2. Pull it now?</source>
        <translation>%1에 이미지 %2이(가) 없습니다. 지금 받아 올까요?</translation>
    </message>
    <message>
        <source>The image %1 is not on the node. Pull it, or choose one of the node&apos;s images.</source>
        <translation>이미지 %1이(가) 노드에 없습니다. 받아 오거나 노드의 이미지 중에서 고르세요.</translation>
    </message>
    <message>
        <source>The node cannot tell which registry &quot;%1&quot; comes from. Write the image with its registry, like docker.io/library/%1.

%2</source>
        <translation>노드가 &quot;%1&quot;을(를) 어느 레지스트리에서 받을지 알 수 없습니다. docker.io/library/%1처럼 레지스트리를 붙여 쓰세요.

%2</translation>
    </message>
    <message>
        <source>This name is taken on the node: choose another, or leave it empty.</source>
        <translation>이 이름은 노드에서 이미 쓰고 있습니다: 다른 이름을 고르거나 비워 두세요.</translation>
    </message>
    <message>
        <source>Pulling %1 on %2…</source>
        <translation>%2에서 %1 받아 오는 중…</translation>
    </message>
    <message>
        <source>Pulling %1: %2 of %3</source>
        <translation>%1 받아 오는 중: %3 중 %2</translation>
    </message>
    <message>
        <source>Pulling %1 failed: %2</source>
        <translation>%1 받아 오기 실패: %2</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 시작하는 중…</translation>
    </message>
    <message>
        <source>%1 was created but did not start: %2</source>
        <translation>%1을(를) 만들었지만 시작하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Wait for this to finish before closing: the engine is at work.</source>
        <translation>끝날 때까지 기다린 뒤 닫으세요: 엔진이 작업 중입니다.</translation>
    </message>
    <message>
        <source>Discard the new container?</source>
        <translation>새 컨테이너를 버릴까요?</translation>
    </message>
    <message>
        <source>What you typed for the new container will be lost.</source>
        <translation>새 컨테이너에 입력한 내용이 사라집니다.</translation>
    </message>
    <message>
        <source>The network the container joins; more can be connected later</source>
        <translation>컨테이너가 참여할 네트워크입니다. 나중에 더 연결할 수 있습니다</translation>
    </message>
    <message>
        <source>Net&amp;work:</source>
        <translation>네트워크(&amp;W):</translation>
    </message>
    <message>
        <source>IP addre&amp;ss:</source>
        <translation>IP 주소(&amp;S):</translation>
    </message>
    <message>
        <source>Chosen by the engine when empty; inside %1</source>
        <translation>비워 두면 엔진이 고릅니다. %1 안의 주소</translation>
    </message>
    <message>
        <source>Only on a network with a subnet</source>
        <translation>서브넷이 있는 네트워크에서만</translation>
    </message>
    <message>
        <source>The host&apos;s network (host)</source>
        <translation>호스트 네트워크(host)</translation>
    </message>
    <message>
        <source>No network (none)</source>
        <translation>네트워크 없음(none)</translation>
    </message>
    <message>
        <source>The engine of %1 has no networks: the container uses the host&apos;s network (it listens on the host&apos;s own ports) or none at all.</source>
        <translation>%1의 엔진에는 네트워크가 없습니다: 컨테이너는 호스트 네트워크를 사용하거나(호스트 자체 포트에서 수신) 네트워크 없이 실행됩니다.</translation>
    </message>
    <message>
        <source>The engine of %1 publishes no ports: with the host&apos;s network the container listens on the host&apos;s own ports.</source>
        <translation>%1의 엔진은 포트를 게시하지 않습니다: 호스트 네트워크를 사용하면 컨테이너가 호스트 자체 포트에서 수신합니다.</translation>
    </message>
    <message>
        <source>The engine of %1 does not restart containers by itself.</source>
        <translation>%1의 엔진은 컨테이너를 자동으로 다시 시작하지 않습니다.</translation>
    </message>
    <message>
        <source>The containerd namespace the container is made in; the images offered are those of this namespace</source>
        <translation>컨테이너를 만들 containerd 네임스페이스입니다. 이 네임스페이스의 이미지가 표시됩니다</translation>
    </message>
    <message>
        <source>Name&amp;space:</source>
        <translation>네임스페이스(&amp;S):</translation>
    </message>
    <message>
        <source>Namespace %1 does not have the image %2. Pull it into that namespace on the machine (nerdctl -n %1 pull %2), or choose one of its images.</source>
        <translation>네임스페이스 %1에 이미지 %2이(가) 없습니다. 해당 머신에서 이 네임스페이스로 이미지를 가져오거나(nerdctl -n %1 pull %2), 이 네임스페이스의 이미지 중 하나를 선택하세요.</translation>
    </message>
</context>
<context>
    <name>CreateNetworkDialog</name>
    <message>
        <source>New Network</source>
        <translation>새 네트워크</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>노드(&amp;N):</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>backend</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>이름(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>드라이버(&amp;D):</translation>
    </message>
    <message>
        <source>Chosen by the engine when empty, like 10.10.0.0/24</source>
        <translation>비워 두면 엔진이 고릅니다 (예: 10.10.0.0/24)</translation>
    </message>
    <message>
        <source>&amp;Subnet:</source>
        <translation>서브넷(&amp;S):</translation>
    </message>
    <message>
        <source>The subnet&apos;s first address when empty</source>
        <translation>비워 두면 서브넷의 첫 주소</translation>
    </message>
    <message>
        <source>&amp;Gateway:</source>
        <translation>게이트웨이(&amp;G):</translation>
    </message>
    <message>
        <source>The whole subnet when empty, like 10.10.0.128/25</source>
        <translation>비워 두면 서브넷 전체 (예: 10.10.0.128/25)</translation>
    </message>
    <message>
        <source>IP &amp;range:</source>
        <translation>IP 범위(&amp;R):</translation>
    </message>
    <message>
        <source>Enable IPv&amp;6</source>
        <translation>IPv6 사용(&amp;6)</translation>
    </message>
    <message>
        <source>Chosen by the engine when empty, like fd00:10::/64</source>
        <translation>비워 두면 엔진이 고릅니다 (예: fd00:10::/64)</translation>
    </message>
    <message>
        <source>IPv6 s&amp;ubnet:</source>
        <translation>IPv6 서브넷(&amp;U):</translation>
    </message>
    <message>
        <source>IPv6 gate&amp;way:</source>
        <translation>IPv6 게이트웨이(&amp;W):</translation>
    </message>
    <message>
        <source>&amp;Internal: no way out to other networks</source>
        <translation>내부 전용(&amp;I): 다른 네트워크로 나갈 수 없음</translation>
    </message>
    <message>
        <source>One per line: key=value</source>
        <translation>한 줄에 하나씩: 키=값</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>만들기(&amp;R)</translation>
    </message>
    <message>
        <source>A driver&apos;s name has no spaces.</source>
        <translation>드라이버 이름에는 공백이 없습니다.</translation>
    </message>
    <message>
        <source>Give a subnet before a gateway.</source>
        <translation>게이트웨이보다 먼저 서브넷을 입력하세요.</translation>
    </message>
    <message>
        <source>Give a subnet before an IP range.</source>
        <translation>IP 범위보다 먼저 서브넷을 입력하세요.</translation>
    </message>
    <message>
        <source>This is an IPv6 subnet: give it in the IPv6 field below.</source>
        <translation>IPv6 서브넷입니다: 아래의 IPv6 칸에 입력하세요.</translation>
    </message>
    <message>
        <source>This is an IPv4 subnet: give it in the Subnet field above.</source>
        <translation>IPv4 서브넷입니다: 위의 서브넷 칸에 입력하세요.</translation>
    </message>
    <message>
        <source>The two subnets overlap.</source>
        <translation>두 서브넷이 겹칩니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not key=value.</source>
        <translation>&quot;%1&quot;은(는) key=value 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>Creating %1 on %2…</source>
        <translation>%2에 %1을(를) 만드는 중…</translation>
    </message>
    <message>
        <source>The network was not created: %1</source>
        <translation>네트워크를 만들지 못했습니다: %1</translation>
    </message>
</context>
<context>
    <name>CreatePodDialog</name>
    <message>
        <source>Create Pod</source>
        <translation>포드 만들기</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>노드(&amp;N):</translation>
    </message>
    <message>
        <source>Empty: the engine makes one up</source>
        <translation>비워 두면 엔진이 이름을 정합니다</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>이름(&amp;A):</translation>
    </message>
    <message>
        <source>8080:80, 127.0.0.1:5432:5432, 53/udp</source>
        <translation>8080:80, 127.0.0.1:5432:5432, 53/udp</translation>
    </message>
    <message>
        <source>Ports of the pod&apos;s containers published on the node, separated by commas: [host address:][host port:]container port[/protocol]</source>
        <translation>노드에 게시할 포드 컨테이너의 포트, 쉼표로 구분: [호스트 주소:][호스트 포트:]컨테이너 포트[/프로토콜]</translation>
    </message>
    <message>
        <source>Published &amp;ports:</source>
        <translation>게시 포트(&amp;P):</translation>
    </message>
    <message>
        <source>One per line: key=value</source>
        <translation>한 줄에 하나씩: 키=값</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <source>The namespaces the pod&apos;s containers share through its infra container; none: the pod has no infra container</source>
        <translation>포드의 컨테이너가 infra 컨테이너를 통해 공유하는 네임스페이스입니다. none: 포드에 infra 컨테이너가 없습니다</translation>
    </message>
    <message>
        <source>Shared &amp;namespaces:</source>
        <translation>공유 네임스페이스(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Choose a node whose engine has pods.</source>
        <translation>엔진이 포드를 지원하는 노드를 고르세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a pod name: begin with a letter or digit, then use letters, digits and _ . -</source>
        <translation>&quot;%1&quot;은(는) 포드 이름이 아닙니다: 영문자나 숫자로 시작하고, 그 뒤에는 영문자, 숫자, _ . - 를 쓰세요</translation>
    </message>
    <message>
        <source>%1 already has a pod named &quot;%2&quot;: choose another name.</source>
        <translation>%1에 이미 &quot;%2&quot; 포드가 있습니다: 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a label: write key=value.</source>
        <translation>&quot;%1&quot;은(는) 레이블이 아닙니다: key=value 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>Published ports need the network namespace shared: tick &quot;net&quot;.</source>
        <translation>포트를 게시하려면 네트워크 네임스페이스를 공유해야 합니다: &quot;net&quot;을 선택하세요.</translation>
    </message>
</context>
<context>
    <name>CreateSecretDialog</name>
    <message>
        <source>Create Secret or Config</source>
        <translation>시크릿 또는 구성 만들기</translation>
    </message>
    <message>
        <source>Secret: given to services as a file, never shown back</source>
        <translation>시크릿: 서비스에 파일로 주어지며 다시 표시되지 않음</translation>
    </message>
    <message>
        <source>Config: given to services as a file, readable</source>
        <translation>구성: 서비스에 파일로 주어지며 읽을 수 있음</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>종류(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>The content, or read it from a file below</source>
        <translation>내용. 또는 아래에서 파일을 골라 읽기</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>내용(&amp;O):</translation>
    </message>
    <message>
        <source>A file to read the content from instead</source>
        <translation>대신 내용을 읽어 올 파일</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>찾아보기(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>파일(&amp;F):</translation>
    </message>
    <message>
        <source>key=value, one a line</source>
        <translation>key=value, 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>Give it a name.</source>
        <translation>이름을 지정하세요.</translation>
    </message>
    <message>
        <source>The name is longer than 64 characters.</source>
        <translation>이름이 64자보다 깁니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a name the swarm takes: use letters, digits and . _ -, beginning and ending with a letter or a digit.</source>
        <translation>&quot;%1&quot;은(는) 스웜이 받는 이름이 아닙니다. 글자, 숫자와 . _ -만 쓰고, 글자나 숫자로 시작하고 끝내세요.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The node is gone.</source>
        <translation>노드가 없어졌습니다.</translation>
    </message>
    <message>
        <source>The swarm already has a secret named %1.</source>
        <translation>스웜에 이미 %1 시크릿이 있습니다.</translation>
    </message>
    <message>
        <source>The swarm already has a config named %1.</source>
        <translation>스웜에 이미 %1 구성이 있습니다.</translation>
    </message>
    <message>
        <source>Type the content or name a file, not both.</source>
        <translation>내용을 입력하거나 파일을 지정하세요. 둘 다는 안 됩니다.</translation>
    </message>
    <message>
        <source>Type the content, or name a file to read it from.</source>
        <translation>내용을 입력하거나 읽어 올 파일을 지정하세요.</translation>
    </message>
    <message>
        <source>The content is larger than the swarm takes (500 KiB).</source>
        <translation>내용이 스웜이 받는 크기(500 KiB)보다 큽니다.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Read the Content From</source>
        <translation>내용을 읽어 올 파일</translation>
    </message>
    <message>
        <source>The swarm did not create it: %1</source>
        <translation>스웜이 만들지 않았습니다: %1</translation>
    </message>
    <message>
        <source>it is not a readable file</source>
        <translation>읽을 수 있는 파일이 아닙니다</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>그런 파일이 없습니다</translation>
    </message>
</context>
<context>
    <name>CreateServiceDialog</name>
    <message>
        <source>Create Service</source>
        <translation>서비스 만들기</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>Every node pulls it, or has it already</source>
        <translation>모든 노드가 이미지를 받아 오거나 이미 가지고 있어야 합니다</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>이미지(&amp;I):</translation>
    </message>
    <message>
        <source>The image&apos;s own when empty</source>
        <translation>비워 두면 이미지의 명령</translation>
    </message>
    <message>
        <source>Co&amp;mmand:</source>
        <translation>명령(&amp;M):</translation>
    </message>
    <message>
        <source>Replicated: this many tasks, placed by the swarm</source>
        <translation>복제: 이 수만큼의 작업을 스웜이 배치</translation>
    </message>
    <message>
        <source>Global: one task on every node</source>
        <translation>전역: 모든 노드에 작업 하나씩</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>모드(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Replicas:</source>
        <translation>복제본(&amp;R):</translation>
    </message>
    <message>
        <source>published:target[/udp], one a line (8080:80)</source>
        <translation>published:target[/udp], 한 줄에 하나씩 (8080:80)</translation>
    </message>
    <message>
        <source>&amp;Ports:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>Publish on the node each task runs on, not through the routing mesh</source>
        <translation>라우팅 메시 대신 각 작업이 실행되는 노드에서 게시</translation>
    </message>
    <message>
        <source>KEY=value, one a line</source>
        <translation>KEY=value, 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>환경 변수(&amp;E):</translation>
    </message>
    <message>
        <source>volume:/path[:ro] or /host/path:/path[:ro], one a line</source>
        <translation>volume:/path[:ro] 또는 /host/path:/path[:ro], 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>Mo&amp;unts:</source>
        <translation>마운트(&amp;U):</translation>
    </message>
    <message>
        <source>node.role==worker, node.labels.disk==ssd, one a line</source>
        <translation>node.role==worker, node.labels.disk==ssd, 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>Overlay networks, separated by commas</source>
        <translation>오버레이 네트워크, 쉼표로 구분</translation>
    </message>
    <message>
        <source>key=value, one a line</source>
        <translation>key=value, 한 줄에 하나씩</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <source>No limit (e.g. 0.5)</source>
        <translation>제한 없음 (예: 0.5)</translation>
    </message>
    <message>
        <source>No limit (e.g. 256m)</source>
        <translation>제한 없음 (예: 256m)</translation>
    </message>
    <message>
        <source>Memor&amp;y limit:</source>
        <translation>메모리 제한(&amp;Y):</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>항상</translation>
    </message>
    <message>
        <source>When it fails</source>
        <translation>실패했을 때</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>안 함</translation>
    </message>
    <message>
        <source>Re&amp;start tasks:</source>
        <translation>작업 재시작(&amp;S):</translation>
    </message>
    <message>
        <source>All at once</source>
        <translation>한꺼번에</translation>
    </message>
    <message>
        <source>None (e.g. 10s)</source>
        <translation>없음 (예: 10s)</translation>
    </message>
    <message>
        <source>Pause the update</source>
        <translation>업데이트 일시 중지</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>계속</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>롤백</translation>
    </message>
    <message>
        <source>On update &amp;failure:</source>
        <translation>업데이트 실패 시(&amp;F):</translation>
    </message>
    <message>
        <source>Start each new task before stopping the old one</source>
        <translation>이전 작업을 멈추기 전에 새 작업을 먼저 시작</translation>
    </message>
    <message>
        <source>Run an init process (passes signals on: quick stops)</source>
        <translation>init 프로세스 실행 (신호를 전달해 빨리 멈춤)</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>The swarm already has a service named %1.</source>
        <translation>스웜에 이미 %1 서비스가 있습니다.</translation>
    </message>
    <message>
        <source>Name the image its tasks run.</source>
        <translation>작업이 실행할 이미지를 지정하세요.</translation>
    </message>
    <message>
        <source>The command: %1</source>
        <translation>명령: %1</translation>
    </message>
    <message>
        <source>The port %1: %2</source>
        <translation>포트 %1: %2</translation>
    </message>
    <message>
        <source>The port %1: a service publishes on every address; leave out the address.</source>
        <translation>포트 %1: 서비스는 모든 주소에 게시됩니다. 주소는 빼세요.</translation>
    </message>
    <message>
        <source>The variable %1: %2</source>
        <translation>변수 %1: %2</translation>
    </message>
    <message>
        <source>The mount %1: %2</source>
        <translation>마운트 %1: %2</translation>
    </message>
    <message>
        <source>The constraint %1: write it as node.role==worker or node.labels.key!=value.</source>
        <translation>제약 %1: node.role==worker 또는 node.labels.key!=value 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>The CPU limit: %1</source>
        <translation>CPU 제한: %1</translation>
    </message>
    <message>
        <source>The memory limit: %1</source>
        <translation>메모리 제한: %1</translation>
    </message>
    <message>
        <source>The update delay: %1</source>
        <translation>업데이트 간격: %1</translation>
    </message>
    <message>
        <source>The node is gone.</source>
        <translation>노드가 없어졌습니다.</translation>
    </message>
    <message>
        <source>The swarm did not create it: %1</source>
        <translation>스웜이 만들지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Constr&amp;aints:</source>
        <translation>배치 제약(&amp;A):</translation>
    </message>
    <message>
        <source>Net&amp;works:</source>
        <translation>네트워크(&amp;W):</translation>
    </message>
    <message>
        <source>CPU limi&amp;t:</source>
        <translation>CPU 제한(&amp;T):</translation>
    </message>
    <message>
        <source>Up&amp;date parallelism:</source>
        <translation>업데이트 병렬 수(&amp;D):</translation>
    </message>
    <message>
        <source>Update delay:</source>
        <translation>업데이트 간격:</translation>
    </message>
</context>
<context>
    <name>CreateVolumeDialog</name>
    <message>
        <source>Create Volume</source>
        <translation>볼륨 만들기</translation>
    </message>
    <message>
        <source>N&amp;ode:</source>
        <translation>노드(&amp;O):</translation>
    </message>
    <message>
        <source>Empty: the engine chooses a name</source>
        <translation>비워 두면 엔진이 이름을 정합니다</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>The volume plugin that keeps the data; &quot;local&quot; keeps it on the node&apos;s disk</source>
        <translation>데이터를 보관하는 볼륨 플러그인입니다. &quot;local&quot;은 노드의 디스크에 보관합니다</translation>
    </message>
    <message>
        <source>&amp;Driver:</source>
        <translation>드라이버(&amp;D):</translation>
    </message>
    <message>
        <source>One per line: key=value (for the local driver, e.g. type=tmpfs, device=tmpfs, o=size=100m)</source>
        <translation>한 줄에 하나씩: key=value (local 드라이버의 예: type=tmpfs, device=tmpfs, o=size=100m)</translation>
    </message>
    <message>
        <source>Driver &amp;options:</source>
        <translation>드라이버 옵션(&amp;O):</translation>
    </message>
    <message>
        <source>One per line: key=value</source>
        <translation>한 줄에 하나씩: 키=값</translation>
    </message>
    <message>
        <source>&amp;Labels:</source>
        <translation>레이블(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>만들기(&amp;C)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a volume name: begin it with a letter or a digit.</source>
        <translation>&quot;%1&quot;은(는) 볼륨 이름이 아닙니다: 영문자나 숫자로 시작하세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a volume name: use letters, digits and . _ - only.</source>
        <translation>&quot;%1&quot;은(는) 볼륨 이름이 아닙니다: 영문자, 숫자, . _ - 만 쓰세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2: write it as key=value, the key without spaces.</source>
        <translation>&quot;%1&quot;은(는) %2이(가) 아닙니다: 키에 공백 없이 key=value 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is given twice.</source>
        <translation>%1 &quot;%2&quot;이(가) 두 번 있습니다.</translation>
    </message>
    <message>
        <source>driver option</source>
        <translation>드라이버 옵션</translation>
    </message>
    <message>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>No node that has volumes is connected.</source>
        <translation>볼륨을 지원하는 노드가 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Choose a node.</source>
        <translation>노드를 고르세요.</translation>
    </message>
    <message>
        <source>%1 already has a volume named %2: choose another name.</source>
        <translation>%1에 이미 %2 볼륨이 있습니다: 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a driver name: use letters, digits and . _ - : / only.</source>
        <translation>&quot;%1&quot;은(는) 드라이버 이름이 아닙니다: 영문자, 숫자, . _ - : / 만 쓰세요.</translation>
    </message>
    <message>
        <source>%1 did not create the volume: %2</source>
        <translation>%1에서 볼륨을 만들지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>DiskNodePanel</name>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <source>Build cache</source>
        <translation>빌드 캐시</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>개수</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Reclaimable</source>
        <translation>회수 가능</translation>
    </message>
    <message>
        <source>Prune…</source>
        <translation>정리…</translation>
    </message>
    <message>
        <source>Remove images no container uses</source>
        <translation>어떤 컨테이너도 쓰지 않는 이미지를 삭제합니다</translation>
    </message>
    <message>
        <source>Remove the stopped containers</source>
        <translation>중지된 컨테이너를 삭제합니다</translation>
    </message>
    <message>
        <source>Remove the volumes no container uses, with their data</source>
        <translation>어떤 컨테이너도 쓰지 않는 볼륨을 데이터와 함께 삭제합니다</translation>
    </message>
    <message>
        <source>Remove the build cache no build uses</source>
        <translation>어떤 빌드도 쓰지 않는 빌드 캐시를 삭제합니다</translation>
    </message>
    <message>
        <source>Prune Everything Unused…</source>
        <translation>사용하지 않는 모든 것 정리…</translation>
    </message>
    <message>
        <source>Remove stopped containers, and the networks, images, volumes and build cache no container uses</source>
        <translation>중지된 컨테이너와, 어떤 컨테이너도 쓰지 않는 네트워크, 이미지, 볼륨, 빌드 캐시를 삭제합니다</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <source>This engine keeps no build cache of its own.</source>
        <translation>이 엔진에는 자체 빌드 캐시가 없습니다.</translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation>정리하는 중…</translation>
    </message>
    <message>
        <source>Asking the engine for its disk use…</source>
        <translation>엔진에 디스크 사용량을 묻는 중…</translation>
    </message>
    <message>
        <source>Connecting… The figures are from %1.</source>
        <translation>연결 중… 표시된 수치는 %1 기준입니다.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>Offline: the figures are from %1.</source>
        <translation>연결 끊김: 표시된 수치는 %1 기준입니다.</translation>
    </message>
    <message>
        <source>Offline: no figures yet.</source>
        <translation>연결 끊김: 아직 수치가 없습니다.</translation>
    </message>
    <message>
        <source>Could not get the disk use: %1</source>
        <translation>디스크 사용량을 가져오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>As the engine reported at %1.</source>
        <translation>%1에 엔진이 보고한 수치입니다.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 외 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) no container uses, up to %1 (once the stopped containers are gone)</source>
        <translation>
            <numerusform>어떤 컨테이너도 쓰지 않는 이미지 %n개, 최대 %1 (중지된 컨테이너를 삭제한 뒤)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) no container uses, with %1 of data, and those that only the stopped containers use</source>
        <translation>
            <numerusform>어떤 컨테이너도 쓰지 않는 볼륨 %n개(데이터 %1)와 중지된 컨테이너만 쓰는 볼륨</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped container(s), %1</source>
        <translation>
            <numerusform>중지된 컨테이너 %n개, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) no container uses, up to %1</source>
        <translation>
            <numerusform>어떤 컨테이너도 쓰지 않는 이미지 %n개, 최대 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dangling image(s) (without a name), up to %1</source>
        <translation>
            <numerusform>이름 없는 이미지 %n개, 최대 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) no container uses, with %1 of data</source>
        <translation>
            <numerusform>어떤 컨테이너도 쓰지 않는 볼륨 %n개, 데이터 %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n build cache record(s) no build uses, %1</source>
        <translation>
            <numerusform>어떤 빌드도 쓰지 않는 빌드 캐시 항목 %n개, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the networks no container uses</source>
        <translation>어떤 컨테이너도 쓰지 않는 네트워크</translation>
    </message>
    <message>
        <source>Remove the stopped containers on %1?</source>
        <translation>%1의 중지된 컨테이너를 삭제할까요?</translation>
    </message>
    <message>
        <source>Remove the unused images on %1?</source>
        <translation>%1의 사용하지 않는 이미지를 삭제할까요?</translation>
    </message>
    <message>
        <source>Remove the volumes no container uses on %1?</source>
        <translation>%1에서 어떤 컨테이너도 쓰지 않는 볼륨을 삭제할까요?</translation>
    </message>
    <message>
        <source>Remove the build cache on %1?</source>
        <translation>%1의 빌드 캐시를 삭제할까요?</translation>
    </message>
    <message>
        <source>Prune %1</source>
        <translation>%1 정리</translation>
    </message>
    <message>
        <source>Their data is lost for good.</source>
        <translation>데이터는 영구히 사라집니다.</translation>
    </message>
    <message>
        <source>This cannot be undone.</source>
        <translation>되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Also images with a name (every image no container uses)</source>
        <translation>이름 있는 이미지도 포함 (어떤 컨테이너도 쓰지 않는 모든 이미지)</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>정리</translation>
    </message>
    <message>
        <source>Prune Everything Unused</source>
        <translation>사용하지 않는 모든 것 정리</translation>
    </message>
    <message>
        <source>Remove everything unused on %1?</source>
        <translation>%1에서 사용하지 않는 모든 것을 삭제할까요?</translation>
    </message>
    <message>
        <source>These go, in this order:</source>
        <translation>다음 순서로 삭제됩니다:</translation>
    </message>
    <message>
        <source>Volumes&apos; data is lost for good. This cannot be undone.</source>
        <translation>볼륨의 데이터는 영구히 사라집니다. 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Prune Everything</source>
        <translation>모두 정리</translation>
    </message>
    <message>
        <source>Pruning %1 on %2…</source>
        <translation>%2에서 %1 정리하는 중…</translation>
    </message>
    <message>
        <source>Could not prune %1 on %2: %3</source>
        <translation>%2에서 %1을(를) 정리하지 못했습니다: %3</translation>
    </message>
    <message numerus="yes">
        <source>%n stopped container(s) removed from %1, %2 freed.</source>
        <translation>
            <numerusform>%1에서 중지된 컨테이너 %n개를 삭제해 %2을(를) 확보했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) removed from %1, %2 freed.</source>
        <translation>
            <numerusform>%1에서 볼륨 %n개를 삭제해 %2을(를) 확보했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pruned on %2: %3 freed.</source>
        <translation>%2에서 %1 정리: %3 확보.</translation>
    </message>
    <message>
        <source>Pruning everything unused on %1…</source>
        <translation>%1에서 사용하지 않는 모든 것을 정리하는 중…</translation>
    </message>
    <message>
        <source>Everything unused pruned on %1: %2 freed.</source>
        <translation>%1에서 사용하지 않는 모든 것을 정리해 %2을(를) 확보했습니다.</translation>
    </message>
    <message>
        <source>Pruning on %1 stopped at %2: %3 (%4 freed before).</source>
        <translation>%1의 정리가 %2에서 멈췄습니다: %3 (그 전까지 %4 확보).</translation>
    </message>
    <message>
        <source>This engine has no volumes.</source>
        <translation>이 엔진에는 볼륨이 없습니다.</translation>
    </message>
    <message>
        <source>This engine has no networks.</source>
        <translation>이 엔진에는 네트워크가 없습니다.</translation>
    </message>
    <message>
        <source>The engine of %1 does not tell what takes up its disk.</source>
        <translation>%1의 엔진은 디스크 사용 내역을 알려 주지 않습니다.</translation>
    </message>
</context>
<context>
    <name>DiskPage</name>
    <message>
        <source>Disk</source>
        <translation>디스크</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>Ask every node for its disk use again (Ctrl+R)</source>
        <translation>모든 노드에 디스크 사용량을 다시 묻습니다 (Ctrl+R)</translation>
    </message>
    <message>
        <source>No nodes.</source>
        <translation>노드가 없습니다.</translation>
    </message>
</context>
<context>
    <name>DockerBuildStream</name>
    <message>
        <source>Cannot make a temporary file for the build folder in %1: %2</source>
        <translation>%1에 빌드 폴더용 임시 파일을 만들 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Cannot write the packed build folder: %1</source>
        <translation>묶은 빌드 폴더를 쓸 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>DockerEngine</name>
    <message>
        <source>/_ping answered HTTP %1 without an API version</source>
        <translation>/_ping이 API 버전 없이 HTTP %1(으)로 응답했습니다</translation>
    </message>
    <message>
        <source>its API version %1 is older than 1.%2; update the engine.</source>
        <translation>API 버전 %1이(가) 1.%2보다 오래되었습니다. 엔진을 업데이트하세요.</translation>
    </message>
    <message>
        <source>/version did not answer as expected</source>
        <translation>/version 응답이 예상과 다릅니다</translation>
    </message>
    <message>
        <source>the %1 is not the JSON the API promises</source>
        <translation>%1이(가) API가 약속한 JSON 형식이 아닙니다</translation>
    </message>
    <message>
        <source>this engine has no pods and no run time limits; leave them empty</source>
        <translation>이 엔진은 포드와 실행 시간 제한을 지원하지 않습니다. 비워 두세요</translation>
    </message>
    <message>
        <source>container list</source>
        <translation>컨테이너 목록</translation>
    </message>
    <message>
        <source>container&apos;s inspect answer</source>
        <translation>컨테이너 상세 정보 응답</translation>
    </message>
    <message>
        <source>create answer</source>
        <translation>생성 응답</translation>
    </message>
    <message>
        <source>wait answer</source>
        <translation>대기 응답</translation>
    </message>
    <message>
        <source>prune answer</source>
        <translation>정리 응답</translation>
    </message>
    <message>
        <source>commit answer</source>
        <translation>커밋 응답</translation>
    </message>
    <message>
        <source>process list</source>
        <translation>프로세스 목록</translation>
    </message>
    <message>
        <source>system information</source>
        <translation>시스템 정보</translation>
    </message>
    <message>
        <source>disk usage</source>
        <translation>디스크 사용량</translation>
    </message>
    <message>
        <source>image list</source>
        <translation>이미지 목록</translation>
    </message>
    <message>
        <source>image&apos;s inspect answer</source>
        <translation>이미지 상세 정보 응답</translation>
    </message>
    <message>
        <source>image history</source>
        <translation>이미지 이력</translation>
    </message>
    <message>
        <source>image removal answer</source>
        <translation>이미지 삭제 응답</translation>
    </message>
    <message>
        <source>volume list</source>
        <translation>볼륨 목록</translation>
    </message>
    <message>
        <source>volume&apos;s inspect answer</source>
        <translation>볼륨 상세 정보 응답</translation>
    </message>
    <message>
        <source>volume create answer</source>
        <translation>볼륨 생성 응답</translation>
    </message>
    <message>
        <source>network list</source>
        <translation>네트워크 목록</translation>
    </message>
    <message>
        <source>network&apos;s inspect answer</source>
        <translation>네트워크 상세 정보 응답</translation>
    </message>
    <message>
        <source>image search results</source>
        <translation>이미지 검색 결과</translation>
    </message>
    <message>
        <source>login answer</source>
        <translation>로그인 응답</translation>
    </message>
</context>
<context>
    <name>DockerEventStream</name>
    <message>
        <source>the engine ended the event stream</source>
        <translation>엔진이 이벤트 스트림을 끝냈습니다</translation>
    </message>
</context>
<context>
    <name>DockerExecSession</name>
    <message>
        <source>the engine did not name the exec</source>
        <translation>엔진이 exec의 ID를 알려 주지 않았습니다</translation>
    </message>
</context>
<context>
    <name>DockerJsonStream</name>
    <message>
        <source>the engine&apos;s stream is not JSON</source>
        <translation>엔진이 보낸 스트림이 JSON이 아닙니다</translation>
    </message>
</context>
<context>
    <name>DockerLogStream</name>
    <message>
        <source>the log ended inside a frame</source>
        <translation>로그가 프레임 중간에서 끝났습니다</translation>
    </message>
</context>
<context>
    <name>DockerSwarmApi</name>
    <message>
        <source>system information</source>
        <translation>시스템 정보</translation>
    </message>
    <message>
        <source>only a swarm&apos;s manager can rotate its join tokens</source>
        <translation>스웜의 참여 토큰은 매니저만 바꿀 수 있습니다</translation>
    </message>
    <message>
        <source>swarm&apos;s node list</source>
        <translation>스웜 노드 목록</translation>
    </message>
    <message>
        <source>service list</source>
        <translation>서비스 목록</translation>
    </message>
    <message>
        <source>service&apos;s inspect answer</source>
        <translation>서비스 조회 응답</translation>
    </message>
    <message>
        <source>a service needs an image to run</source>
        <translation>서비스를 실행하려면 이미지가 필요합니다</translation>
    </message>
    <message>
        <source>service create answer</source>
        <translation>서비스 생성 응답</translation>
    </message>
    <message>
        <source>only a replicated service has a number of replicas</source>
        <translation>복제본 수는 복제(replicated) 서비스에만 있습니다</translation>
    </message>
    <message>
        <source>a service cannot have fewer than 0 replicas</source>
        <translation>서비스의 복제본 수는 0보다 작을 수 없습니다</translation>
    </message>
    <message>
        <source>the service has no earlier version to go back to</source>
        <translation>서비스에 되돌아갈 이전 버전이 없습니다</translation>
    </message>
    <message>
        <source>the service&apos;s spec is not the JSON the API promises</source>
        <translation>서비스 사양이 API가 약속한 JSON이 아닙니다</translation>
    </message>
    <message>
        <source>task list</source>
        <translation>태스크 목록</translation>
    </message>
    <message>
        <source>secret list</source>
        <translation>시크릿 목록</translation>
    </message>
    <message>
        <source>config list</source>
        <translation>구성 목록</translation>
    </message>
    <message>
        <source>secret create answer</source>
        <translation>시크릿 생성 응답</translation>
    </message>
    <message>
        <source>config create answer</source>
        <translation>구성 생성 응답</translation>
    </message>
    <message>
        <source>swarm&apos;s description</source>
        <translation>스웜 설명</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>The engine address is empty.</source>
        <translation>엔진 주소가 비어 있습니다.</translation>
    </message>
    <message>
        <source>A unix socket address needs an absolute path: %1</source>
        <translation>유닉스 소켓 주소에는 절대 경로가 필요합니다: %1</translation>
    </message>
    <message>
        <source>Not an engine address: %1. Use unix:///path/to/engine.sock.</source>
        <translation>엔진 주소가 아닙니다: %1. unix:///path/to/engine.sock 형식을 사용하세요.</translation>
    </message>
    <message>
        <source>Not an engine address: %1.</source>
        <translation>엔진 주소가 아닙니다: %1.</translation>
    </message>
    <message>
        <source>Not a containerd address: %1. Name one namespace with ?namespace=NAME (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>containerd 주소가 아닙니다: %1. 네임스페이스 하나를 ?namespace=NAME(문자, 숫자, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;)으로 지정하세요.</translation>
    </message>
    <message>
        <source>A containerd address over SSH names the remote socket: containerd+ssh://user@host/run/containerd/containerd.sock</source>
        <translation>SSH를 통한 containerd 주소에는 원격 소켓을 지정합니다: containerd+ssh://user@host/run/containerd/containerd.sock</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>this engine has no pods, kube or health-check runs (Podman has them)</source>
        <translation>이 엔진에는 포드, kube, 상태 검사 실행 기능이 없습니다 (Podman에는 있습니다)</translation>
    </message>
    <message>
        <source>this engine keeps no build cache of its own</source>
        <translation>이 엔진에는 자체 빌드 캐시가 없습니다</translation>
    </message>
    <message>
        <source>this engine has no swarm (Docker Engine has one)</source>
        <translation>이 엔진에는 스웜이 없습니다(Docker Engine에는 있습니다)</translation>
    </message>
</context>
<context>
    <name>EngineCall</name>
    <message>
        <source>the connection was reset</source>
        <translation>연결이 초기화되었습니다</translation>
    </message>
</context>
<context>
    <name>EngineError</name>
    <message>
        <source>There is no engine socket at %1. Start Docker or Podman, or choose another engine address.</source>
        <translation>%1에 엔진 소켓이 없습니다. Docker나 Podman을 시작하거나 다른 엔진 주소를 선택하세요.</translation>
    </message>
    <message>
        <source>Permission denied opening %1. Add your user to the group that owns the socket (for Docker, the &quot;docker&quot; group) and log in again.</source>
        <translation>%1을(를) 열 권한이 없습니다. 소켓을 소유한 그룹(Docker의 경우 &quot;docker&quot; 그룹)에 사용자를 추가한 뒤 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Nothing is accepting connections at %1. The engine may have stopped; start it again.</source>
        <translation>%1에서 연결을 받는 프로그램이 없습니다. 엔진이 멈췄을 수 있으니 다시 시작하세요.</translation>
    </message>
    <message>
        <source>The engine at %1 did not answer in time. It may be overloaded, or the socket may belong to something that is not an engine.</source>
        <translation>%1의 엔진이 제때 응답하지 않았습니다. 엔진이 과부하 상태이거나, 소켓이 엔진이 아닌 다른 프로그램의 것일 수 있습니다.</translation>
    </message>
    <message>
        <source>The engine at %1 closed the connection (%2). It may have stopped or restarted.</source>
        <translation>%1의 엔진이 연결을 닫았습니다(%2). 엔진이 멈췄거나 다시 시작되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 did not answer like a container engine (%2). Check that the address points at a Docker or Podman socket.</source>
        <translation>%1이(가) 컨테이너 엔진처럼 응답하지 않았습니다(%2). 주소가 Docker 또는 Podman 소켓을 가리키는지 확인하세요.</translation>
    </message>
    <message>
        <source>%1 answered, but not as a Docker or Podman engine (%2). Check the address.</source>
        <translation>%1이(가) 응답했지만 Docker 또는 Podman 엔진이 아닙니다(%2). 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The engine at %1 cannot be used: %2</source>
        <translation>%1의 엔진을 사용할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>The engine refused the request (HTTP %1): %2</source>
        <translation>엔진이 요청을 거부했습니다(HTTP %1): %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The answer from %1 was too large to read (%2). The engine may be misbehaving, or something else is listening at that address.</source>
        <translation>%1의 응답이 너무 커서 읽을 수 없습니다(%2). 엔진이 비정상이거나 그 주소에서 다른 프로그램이 응답하고 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). Check the address and that the machine is on the network.</source>
        <translation>%1에 연결할 수 없습니다(%2). 주소와 해당 머신이 네트워크에 연결되어 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2. Check the node&apos;s certificates; turn off verification for this node only if you trust the network.</source>
        <translation>%1과(와)의 보안 연결에 실패했습니다: %2. 노드의 인증서를 확인하세요. 네트워크를 신뢰할 수 있을 때만 이 노드의 인증서 확인을 끄세요.</translation>
    </message>
    <message>
        <source>SSH does not trust the host key of %1 (%2). Connect once with ssh in a terminal to check and accept the key, or fix known_hosts if the machine was replaced.</source>
        <translation>SSH가 %1의 호스트 키를 신뢰하지 않습니다(%2). 터미널에서 ssh로 한 번 접속해 키를 확인하고 수락하거나, 머신이 교체되었다면 known_hosts를 고치세요.</translation>
    </message>
    <message>
        <source>SSH could not log in to %1 (%2). Check the user name, and that your key is loaded in the agent or named for this node and is in the remote authorized_keys. A key with a passphrase needs the passphrase saved with the node.</source>
        <translation>SSH로 %1에 로그인하지 못했습니다(%2). 사용자 이름을 확인하고, 키가 에이전트에 올라가 있거나 이 노드에 지정되어 있으며 원격 authorized_keys에 들어 있는지 확인하세요. 암호 문구가 있는 키는 노드에 암호 문구를 저장해야 합니다.</translation>
    </message>
    <message>
        <source>The engine cannot tell which registry a short image name comes from (HTTP %1: %2). Write the image with its registry, like docker.io/library/nginx.</source>
        <translation>엔진이 짧은 이미지 이름이 어느 레지스트리의 것인지 알 수 없습니다(HTTP %1: %2). docker.io/library/nginx처럼 레지스트리를 붙여 쓰세요.</translation>
    </message>
    <message>
        <source>The name is already in use on the engine (HTTP %1: %2). Choose another name, or remove what has it.</source>
        <translation>엔진에서 이미 쓰이는 이름입니다(HTTP %1: %2). 다른 이름을 고르거나, 그 이름을 가진 것을 지우세요.</translation>
    </message>
    <message>
        <source>The image was not found: %1. Check its name and tag, and that the registry has it.</source>
        <translation>이미지를 찾을 수 없습니다: %1. 이름과 태그를 확인하고, 레지스트리에 그 이미지가 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>The image was not found (HTTP %1: %2). Check its name and tag; an image the engine does not have must be pulled first.</source>
        <translation>이미지를 찾을 수 없습니다(HTTP %1: %2). 이름과 태그를 확인하세요. 엔진에 없는 이미지는 먼저 받아 와야 합니다.</translation>
    </message>
    <message>
        <source>Containers use it, so the engine keeps it (HTTP %1: %2). Remove those containers first, or force the removal if none of them is running.</source>
        <translation>컨테이너가 쓰고 있어서 엔진이 삭제하지 않습니다(HTTP %1: %2). 그 컨테이너를 먼저 삭제하거나, 실행 중인 것이 없으면 강제로 삭제하세요.</translation>
    </message>
    <message>
        <source>The registry refused access (%1). Log in to the registry with a user that may use this image (Settings → Registries), or check the user name and password.</source>
        <translation>레지스트리가 접근을 거부했습니다(%1). 이 이미지를 쓸 수 있는 사용자로 레지스트리에 로그인하거나(설정 → 레지스트리), 사용자 이름과 비밀번호를 확인하세요.</translation>
    </message>
</context>
<context>
    <name>EngineStream</name>
    <message>
        <source>this engine cannot do that</source>
        <translation>이 엔진은 그 작업을 할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>ExecConsole</name>
    <message>
        <source>Console in %1</source>
        <translation>%1 콘솔</translation>
    </message>
    <message>
        <source>%1 — console in %2</source>
        <translation>%1 — %2 콘솔</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>명령(&amp;C):</translation>
    </message>
    <message>
        <source>A shell (bash where there is one, else sh)</source>
        <translation>셸 (bash가 있으면 bash, 없으면 sh)</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>다시 시작(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <source>Run the command in the container, in this console</source>
        <translation>이 콘솔에서 컨테이너 안의 명령을 실행합니다</translation>
    </message>
    <message>
        <source>Open in &amp;Terminal</source>
        <translation>터미널에서 열기(&amp;T)</translation>
    </message>
    <message>
        <source>Run the same in your terminal emulator, with the engine&apos;s own client</source>
        <translation>같은 명령을 엔진의 클라이언트로 터미널 에뮬레이터에서 실행합니다</translation>
    </message>
    <message>
        <source>The node is gone; close this console.</source>
        <translation>노드가 없어졌습니다. 이 콘솔을 닫으세요.</translation>
    </message>
    <message>
        <source>Running in %1 on %2. Closing this window ends it.</source>
        <translation>%2의 %1에서 실행 중입니다. 이 창을 닫으면 끝납니다.</translation>
    </message>
    <message>
        <source>Starting %1…</source>
        <translation>%1 시작하는 중…</translation>
    </message>
    <message>
        <source>The command could not run: %1</source>
        <translation>명령을 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The command exited with code %1. Run starts it again.</source>
        <translation>명령이 코드 %1(으)로 종료되었습니다. 실행을 누르면 다시 시작합니다.</translation>
    </message>
    <message>
        <source>This node cannot be reached with the engine&apos;s own client from a terminal (Podman has no TLS connections).</source>
        <translation>이 노드는 터미널에서 엔진의 클라이언트로 연결할 수 없습니다 (Podman은 TLS 연결을 지원하지 않습니다).</translation>
    </message>
    <message>
        <source>No terminal emulator was found. Set TERMINAL to yours, or run: %1</source>
        <translation>터미널 에뮬레이터를 찾지 못했습니다. TERMINAL에 사용하는 터미널을 지정하거나 다음을 실행하세요: %1</translation>
    </message>
    <message>
        <source>%1 could not be started.</source>
        <translation>%1을(를) 시작할 수 없습니다.</translation>
    </message>
    <message>
        <source>Opened %1 with: %2</source>
        <translation>%1에서 열었습니다: %2</translation>
    </message>
    <message>
        <source>The command cannot be read: %1</source>
        <translation>명령을 읽을 수 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>GrpcChannel</name>
    <message>
        <source>containerd answers only Kubernetes&apos; CRI on its own TCP address ([grpc] tcp_address), not its API: reach the node over SSH (containerd+ssh://user@host/run/containerd/containerd.sock), or relay its unix socket to this TCP port</source>
        <translation>containerd는 자체 TCP 주소([grpc] tcp_address)에서 API가 아닌 Kubernetes CRI에만 응답합니다: SSH로 노드에 연결하거나(containerd+ssh://user@host/run/containerd/containerd.sock), unix 소켓을 이 TCP 포트로 중계하세요</translation>
    </message>
</context>
<context>
    <name>HttpReply</name>
    <message>
        <source>more than %1 MiB</source>
        <translation>%1MiB 초과</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>it is shorter than announced</source>
        <translation>알려진 크기보다 짧습니다</translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <source>&amp;Image</source>
        <translation>이미지(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Pull…</source>
        <translation>받아 오기(&amp;P)…</translation>
    </message>
    <message>
        <source>Pull an image onto one or more nodes</source>
        <translation>하나 이상의 노드로 이미지를 받아 옵니다</translation>
    </message>
    <message>
        <source>P&amp;ush…</source>
        <translation>올리기(&amp;U)…</translation>
    </message>
    <message>
        <source>Push the selected image to the registry its name begins with</source>
        <translation>선택한 이미지를 이름 앞부분의 레지스트리에 올립니다</translation>
    </message>
    <message>
        <source>&amp;Run…</source>
        <translation>실행(&amp;R)…</translation>
    </message>
    <message>
        <source>Create a container from the selected image on its node</source>
        <translation>선택한 이미지로 해당 노드에 컨테이너를 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>태그(&amp;T)…</translation>
    </message>
    <message>
        <source>Give the selected image another name</source>
        <translation>선택한 이미지에 다른 이름을 붙입니다</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>삭제(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the selected images</source>
        <translation>선택한 이미지를 삭제합니다</translation>
    </message>
    <message>
        <source>Pr&amp;une…</source>
        <translation>정리(&amp;N)…</translation>
    </message>
    <message>
        <source>Remove images no container uses, showing first what would go</source>
        <translation>어떤 컨테이너도 쓰지 않는 이미지를 삭제합니다. 삭제될 이미지를 먼저 보여 줍니다</translation>
    </message>
    <message>
        <source>Pulled %1 onto %2.</source>
        <translation>%2에 %1을(를) 받아 왔습니다.</translation>
    </message>
    <message>
        <source>Pushed %1 from %2.</source>
        <translation>%2에서 %1을(를) 올렸습니다.</translation>
    </message>
    <message>
        <source>Tagging %1 as %2…</source>
        <translation>%1에 태그 %2을(를) 붙이는 중…</translation>
    </message>
    <message>
        <source>Could not tag %1 on %2 as %3: %4</source>
        <translation>%2의 %1에 태그 %3을(를) 붙이지 못했습니다: %4</translation>
    </message>
    <message>
        <source>Tagged %1 on %2 as %3.</source>
        <translation>%2의 %1에 태그 %3을(를) 붙였습니다.</translation>
    </message>
    <message>
        <source>%1 on %2 is used by running containers: %3. Stop them first.</source>
        <translation>%2의 %1을(를) 실행 중인 컨테이너가 쓰고 있습니다: %3. 먼저 중지하세요.</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Cannot remove %n image(s) that running containers use:</source>
        <translation>
            <numerusform>실행 중인 컨테이너가 쓰는 이미지 %n개는 삭제할 수 없습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation>이미지를 삭제합니다</translation>
    </message>
    <message>
        <source>Remove the image %1?</source>
        <translation>이미지 %1을(를) 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n image(s)?</source>
        <translation>
            <numerusform>이미지 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>This cannot be undone; a registry may still have it.</source>
        <translation>되돌릴 수 없습니다. 레지스트리에는 남아 있을 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n of these image(s) are used by stopped containers and removed by force; the engine may remove those containers too:</source>
        <translation>
            <numerusform>그중 %n개는 중지된 컨테이너가 쓰고 있어 강제로 삭제합니다. 엔진이 그 컨테이너도 함께 삭제할 수 있습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove by Force</source>
        <translation>강제 삭제</translation>
    </message>
    <message>
        <source>Removing %1 from %2…</source>
        <translation>%2에서 %1 삭제하는 중…</translation>
    </message>
    <message>
        <source>Took the name %1 off its image on %2.</source>
        <translation>%2의 이미지에서 이름 %1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%2에서 %1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from %2: a container uses it. %3</source>
        <translation>%2에서 %1을(를) 삭제할 수 없습니다: 컨테이너가 쓰고 있습니다. %3</translation>
    </message>
    <message>
        <source>Could not remove %1 from %2: %3</source>
        <translation>%2에서 %1을(를) 삭제하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Pruned images: %1 freed.</source>
        <translation>이미지를 정리해 %1을(를) 확보했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Pruned images: %1 freed; %n node(s) failed (the prune dialog says why).</source>
        <translation>
            <numerusform>이미지를 정리해 %1을(를) 확보했습니다. 노드 %n개에서 실패했습니다(이유는 정리 대화 상자에 있습니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>The engine of %1 cannot pull images.</source>
        <translation>%1의 엔진은 이미지를 가져올 수 없습니다.</translation>
    </message>
    <message>
        <source>The engine of %1 cannot remove unused images at once: remove them one by one.</source>
        <translation>%1의 엔진은 사용하지 않는 이미지를 한 번에 제거할 수 없습니다: 하나씩 제거하세요.</translation>
    </message>
    <message>
        <source>The engine of %1 cannot push images.</source>
        <translation>%1의 엔진은 이미지를 올릴 수 없습니다.</translation>
    </message>
    <message>
        <source>The engine of %1 cannot give images other names.</source>
        <translation>%1의 엔진은 이미지에 다른 이름을 붙일 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>ImageBuild</name>
    <message>
        <source>the engine did not name the image it built</source>
        <translation>엔진이 빌드한 이미지의 ID를 알려 주지 않았습니다</translation>
    </message>
</context>
<context>
    <name>ImageCommands</name>
    <message>
        <source>Log in to the registry as this user.</source>
        <translation>이 사용자로 레지스트리에 로그인합니다.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>Read the registry password from standard input.</source>
        <translation>레지스트리 비밀번호를 표준 입력에서 읽습니다.</translation>
    </message>
    <message>
        <source>Print nothing but errors.</source>
        <translation>오류 말고는 아무것도 출력하지 않습니다.</translation>
    </message>
    <message>
        <source>--password-stdin needs --username.</source>
        <translation>--password-stdin에는 --username이 필요합니다.</translation>
    </message>
    <message>
        <source>Cannot read the password from standard input.</source>
        <translation>표준 입력에서 비밀번호를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The saved login could not be read, so this goes without one: %1</source>
        <translation>저장한 로그인을 읽을 수 없어 로그인 없이 진행합니다: %1</translation>
    </message>
    <message>
        <source>Password: </source>
        <translation>비밀번호: </translation>
    </message>
    <message>
        <source>List images</source>
        <translation>이미지 목록을 보여 줍니다</translation>
    </message>
    <message>
        <source>Include intermediate images.</source>
        <translation>중간 단계 이미지도 포함합니다.</translation>
    </message>
    <message>
        <source>REPOSITORY</source>
        <translation>저장소</translation>
    </message>
    <message>
        <source>TAG</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>IMAGE ID</source>
        <translation>이미지 ID</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Search registries for images</source>
        <translation>레지스트리에서 이미지 검색</translation>
    </message>
    <message>
        <source>Show at most N results.</source>
        <translation>결과를 최대 N개까지 표시합니다.</translation>
    </message>
    <message>
        <source>--limit takes a whole number from 1 to 100.</source>
        <translation>--limit에는 1에서 100 사이의 정수를 지정하세요.</translation>
    </message>
    <message>
        <source>this engine cannot search registries</source>
        <translation>이 엔진은 레지스트리를 검색할 수 없습니다</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>STARS</source>
        <translation>별점</translation>
    </message>
    <message>
        <source>OFFICIAL</source>
        <translation>공식</translation>
    </message>
    <message>
        <source>AUTOMATED</source>
        <translation>자동 빌드</translation>
    </message>
    <message>
        <source>Show an image&apos;s layers</source>
        <translation>이미지의 레이어를 보여 줍니다</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>생성 명령</translation>
    </message>
    <message>
        <source>COMMENT</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Pull an image from a registry</source>
        <translation>레지스트리에서 이미지를 받아 옵니다</translation>
    </message>
    <message>
        <source>Push an image to a registry</source>
        <translation>레지스트리에 이미지를 올립니다</translation>
    </message>
    <message>
        <source>Log in to a registry; the password is kept in the desktop keychain</source>
        <translation>레지스트리에 로그인합니다. 비밀번호는 데스크톱 키체인에 보관합니다</translation>
    </message>
    <message>
        <source>The user to log in as.</source>
        <translation>로그인할 사용자.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>비밀번호를 표준 입력에서 읽습니다.</translation>
    </message>
    <message>
        <source>Use: gontainer-cli login [SERVER] --username USER [--password-stdin]</source>
        <translation>사용법: gontainer-cli login [SERVER] --username USER [--password-stdin]</translation>
    </message>
    <message>
        <source>Give the password with --password-stdin, or run this in a terminal to be asked for it.</source>
        <translation>--password-stdin으로 비밀번호를 주거나, 터미널에서 실행해 비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>The password is empty.</source>
        <translation>비밀번호가 비어 있습니다.</translation>
    </message>
    <message>
        <source>Login Succeeded</source>
        <translation>로그인 성공</translation>
    </message>
    <message>
        <source>The login to %1 works, but it was not saved: %2</source>
        <translation>%1 로그인은 되지만 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Forget the saved login of a registry</source>
        <translation>저장한 레지스트리 로그인을 지웁니다</translation>
    </message>
    <message>
        <source>There is no saved login for %1.</source>
        <translation>%1에 저장한 로그인이 없습니다.</translation>
    </message>
    <message>
        <source>Removed the saved login for %1.</source>
        <translation>%1에 저장한 로그인을 지웠습니다.</translation>
    </message>
    <message>
        <source>Give an image another name</source>
        <translation>이미지에 다른 이름을 붙입니다</translation>
    </message>
    <message>
        <source>Remove images</source>
        <translation>이미지를 삭제합니다</translation>
    </message>
    <message>
        <source>Remove even if containers use it or it has several names.</source>
        <translation>컨테이너가 쓰고 있거나 이름이 여러 개여도 삭제합니다.</translation>
    </message>
    <message>
        <source>Untagged: %1</source>
        <translation>이름 제거: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>삭제됨: %1</translation>
    </message>
    <message>
        <source>Remove dangling (or all unused) images</source>
        <translation>이름 없는(또는 쓰이지 않는 모든) 이미지를 삭제합니다</translation>
    </message>
    <message>
        <source>Remove every image no container uses, not only dangling ones.</source>
        <translation>이름 없는 이미지뿐 아니라 어떤 컨테이너도 쓰지 않는 모든 이미지를 삭제합니다.</translation>
    </message>
    <message>
        <source>Do it: without this, prune only says what it would do.</source>
        <translation>실제로 실행합니다. 이 옵션이 없으면 prune은 무엇을 할지 알려 주기만 합니다.</translation>
    </message>
    <message>
        <source>This removes images on %1. Run again with --force to do it.</source>
        <translation>%1의 이미지를 삭제하는 명령입니다. 실행하려면 --force를 붙여 다시 실행하세요.</translation>
    </message>
    <message>
        <source>Reclaimed %1 bytes.</source>
        <translation>%1바이트를 확보했습니다.</translation>
    </message>
    <message>
        <source>Build an image from a folder with a Dockerfile</source>
        <translation>Dockerfile이 있는 폴더로 이미지를 빌드합니다</translation>
    </message>
    <message>
        <source>Name the image.</source>
        <translation>이미지 이름을 정합니다.</translation>
    </message>
    <message>
        <source>The Dockerfile, relative to PATH (default: Dockerfile).</source>
        <translation>PATH 기준의 Dockerfile 경로입니다 (기본값: Dockerfile).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Set a build argument.</source>
        <translation>빌드 인자를 정합니다.</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Set a label.</source>
        <translation>레이블을 설정합니다.</translation>
    </message>
    <message>
        <source>Build only up to this stage.</source>
        <translation>이 단계까지만 빌드합니다.</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>STAGE</translation>
    </message>
    <message>
        <source>Do not use the build cache.</source>
        <translation>빌드 캐시를 쓰지 않습니다.</translation>
    </message>
    <message>
        <source>Look for newer base images.</source>
        <translation>더 새로운 기반 이미지가 있는지 확인합니다.</translation>
    </message>
    <message>
        <source>Print only the new image&apos;s id.</source>
        <translation>새 이미지의 ID만 출력합니다.</translation>
    </message>
    <message>
        <source>From here: gontainer-cli nodes rm %1, then gontainer-cli nodes add %1 %2 --allow-plaintext-login.</source>
        <translation>명령줄에서는: gontainer-cli nodes rm %1 실행 후 gontainer-cli nodes add %1 %2 --allow-plaintext-login을 실행하세요.</translation>
    </message>
    <message>
        <source>%1 is reached over plain TCP without TLS, so a registry login sent to it could be read by anyone on the network. Use TLS (DOCKER_TLS_VERIFY and DOCKER_CERT_PATH), or add the engine as a node that allows it: gontainer-cli nodes add NAME %1 --allow-plaintext-login.</source>
        <translation>%1은(는) TLS 없이 평문 TCP로 연결되므로, 여기로 보내는 레지스트리 로그인 정보를 네트워크상의 누구나 읽을 수 있습니다. TLS(DOCKER_TLS_VERIFY와 DOCKER_CERT_PATH)를 사용하거나, 이를 허용하는 노드로 엔진을 추가하세요: gontainer-cli nodes add NAME %1 --allow-plaintext-login.</translation>
    </message>
    <message>
        <source>The saved login for %1 is not sent: %2</source>
        <translation>%1에 저장한 로그인 정보를 보내지 않습니다: %2</translation>
    </message>
</context>
<context>
    <name>ImageDetailsView</name>
    <message>
        <source>Close the details (Esc)</source>
        <translation>상세 정보 닫기 (Esc)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>History</source>
        <translation>이력</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>생성 명령</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Double-click a container to show it</source>
        <translation>컨테이너를 두 번 클릭하면 보여 줍니다</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <source>Reading the image…</source>
        <translation>이미지를 읽는 중…</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Digests</source>
        <translation>다이제스트</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>엔트리포인트</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>명령</translation>
    </message>
    <message>
        <source>User</source>
        <translation>사용자</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>작업 디렉터리</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>노출 포트</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>환경 변수</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Health check</source>
        <translation>상태 확인</translation>
    </message>
    <message>
        <source>Containers (%1)</source>
        <translation>컨테이너 (%1)</translation>
    </message>
</context>
<context>
    <name>ImageTableModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>No container uses this image</source>
        <translation>이 이미지를 쓰는 컨테이너가 없습니다</translation>
    </message>
    <message>
        <source>Dangling</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>No name: a newer image took its name. Prune removes it.</source>
        <translation>이름 없음: 더 새 이미지가 이름을 가져갔습니다. 정리하면 삭제됩니다.</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>저장소</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Image ID</source>
        <translation>이미지 ID</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
</context>
<context>
    <name>ImagesPage</name>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>&amp;Build…</source>
        <translation>빌드(&amp;B)…</translation>
    </message>
    <message>
        <source>Build an image from a Dockerfile (Ctrl+B)</source>
        <translation>Dockerfile로 이미지 빌드 (Ctrl+B)</translation>
    </message>
    <message>
        <source>Search repository, tag, ID</source>
        <translation>저장소, 태그, ID 검색</translation>
    </message>
    <message>
        <source>Show the images of one node</source>
        <translation>한 노드의 이미지만 보기</translation>
    </message>
    <message>
        <source>Used or not</source>
        <translation>사용 여부 전체</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>미사용</translation>
    </message>
    <message>
        <source>Show only images that containers use, or only those none uses</source>
        <translation>컨테이너가 쓰는 이미지만, 또는 아무도 쓰지 않는 이미지만 보기</translation>
    </message>
    <message>
        <source>Named or dangling</source>
        <translation>이름 유무 전체</translation>
    </message>
    <message>
        <source>Dangling</source>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>Named</source>
        <translation>이름 있음</translation>
    </message>
    <message>
        <source>Show only images without a name (dangling), or only named ones</source>
        <translation>이름 없는 이미지만, 또는 이름 있는 이미지만 보기</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>모든 노드</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s), %1, %2 unused</source>
        <translation>
            <numerusform>이미지 %n개, %1, 미사용 %2개</numerusform>
        </translation>
    </message>
    <message>
        <source>No image matches the search and filters.
Clear the search, or choose &quot;All nodes&quot;, &quot;Used or not&quot; and &quot;Named or dangling&quot; in the filters.</source>
        <translation>검색어와 필터에 맞는 이미지가 없습니다.
검색어를 지우거나 필터에서 &quot;모든 노드&quot;, &quot;사용 여부 전체&quot;, &quot;이름 유무 전체&quot;를 고르세요.</translation>
    </message>
    <message>
        <source>No nodes.</source>
        <translation>노드가 없습니다.</translation>
    </message>
    <message>
        <source>No images yet.
Images you pull or build appear here as soon as they exist.</source>
        <translation>아직 이미지가 없습니다.
받아 오거나 빌드한 이미지는 생기는 즉시 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>No node can be reached.</source>
        <translation>연결할 수 있는 노드가 없습니다.</translation>
    </message>
    <message>
        <source>Created %1 on %2.</source>
        <translation>%2에 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>No node&apos;s engine builds images: add a Docker or Podman node, or build with nerdctl build on the machine.</source>
        <translation>이미지를 빌드할 수 있는 노드 엔진이 없습니다: Docker 또는 Podman 노드를 추가하거나, 해당 머신에서 nerdctl build로 빌드하세요.</translation>
    </message>
</context>
<context>
    <name>ImportNodesDialog</name>
    <message>
        <source>Import Nodes</source>
        <translation>노드 가져오기</translation>
    </message>
    <message>
        <source>There is nothing new to import: every Docker context and Podman connection found is already a node, or cannot be used.</source>
        <translation>새로 가져올 것이 없습니다: 찾은 Docker 컨텍스트와 Podman 연결은 모두 이미 노드이거나 쓸 수 없습니다.</translation>
    </message>
    <message>
        <source>These Docker contexts and Podman connections are not nodes yet. Choose the ones to add:</source>
        <translation>아직 노드가 아닌 Docker 컨텍스트와 Podman 연결입니다. 추가할 것을 고르세요:</translation>
    </message>
    <message>
        <source>%1 — %2 (from %3)</source>
        <translation>%1 — %2 (%3에서)</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>제외됨:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>가져오기(&amp;I)</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Find in the JSON (Ctrl+F)</source>
        <translation>JSON에서 찾기 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 항목 (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter, F3)</source>
        <translation>다음 항목 (Enter, F3)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy the selection, or all of the JSON when nothing is selected</source>
        <translation>선택한 부분을 복사합니다. 선택이 없으면 JSON 전체를 복사합니다</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>찾을 수 없음</translation>
    </message>
</context>
<context>
    <name>KubeYamlDialog</name>
    <message>
        <source>Kube YAML of %1</source>
        <translation>%1의 Kube YAML</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>생성하는 중…</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>저장(&amp;S)…</translation>
    </message>
    <message>
        <source>The node is gone.</source>
        <translation>노드가 없어졌습니다.</translation>
    </message>
    <message>
        <source>Play this YAML on a node with pods to make the same pods again, or apply it to a Kubernetes cluster.</source>
        <translation>포드를 지원하는 노드에서 이 YAML을 실행하면 같은 포드를 다시 만들 수 있고, Kubernetes 클러스터에 적용할 수도 있습니다.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1을(를) 저장하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Save Kube YAML</source>
        <translation>Kube YAML 저장</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML 파일 (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>LayerProgressView</name>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>레이어</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>현황</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>바이트</translation>
    </message>
    <message>
        <source>Waiting for the layers&apos; sizes…</source>
        <translation>레이어 크기를 기다리는 중…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 중 %1</translation>
    </message>
</context>
<context>
    <name>LocalEngineLocator</name>
    <message>
        <source>Looking for a local container engine…</source>
        <translation>로컬 컨테이너 엔진을 찾는 중…</translation>
    </message>
    <message>
        <source>Waiting for the Podman service Gontainer started…</source>
        <translation>Gontainer가 시작한 Podman 서비스를 기다리는 중…</translation>
    </message>
    <message>
        <source>No container engine answered at %1, and Podman is not installed. Install Docker or Podman, or start the engine, then retry.</source>
        <translation>%1에서 응답하는 컨테이너 엔진이 없고 Podman도 설치되어 있지 않습니다. Docker나 Podman을 설치하거나 엔진을 시작한 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>Could not create %1 for a Podman service.</source>
        <translation>Podman 서비스용 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>No engine is running; starting a Podman service for this session…</source>
        <translation>실행 중인 엔진이 없어 이 세션용 Podman 서비스를 시작하는 중…</translation>
    </message>
    <message>
        <source>podman exited with code %1</source>
        <translation>podman이 코드 %1(으)로 종료됨</translation>
    </message>
    <message>
        <source>Podman service</source>
        <translation>Podman 서비스</translation>
    </message>
    <message>
        <source>Could not start a Podman service: %1.</source>
        <translation>Podman 서비스를 시작할 수 없습니다: %1.</translation>
    </message>
    <message>
        <source>podman was stopped by a signal</source>
        <translation>podman이 시그널로 종료되었습니다</translation>
    </message>
    <message numerus="yes">
        <source>The Podman service Gontainer started keeps stopping (%1); it was started again %n time(s) in a short while, so Gontainer gave up. Look at the message below, then retry.</source>
        <translation>
            <numerusform>Gontainer가 시작한 Podman 서비스가 계속 멈춥니다(%1). 짧은 시간에 %n번 다시 시작했으므로 더 이상 시도하지 않습니다. 아래 메시지를 확인한 뒤 다시 시도하세요.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message numerus="yes">
        <source>[… %n more byte(s) — copy or save the line to see it whole]</source>
        <translation>
            <numerusform>[… %n바이트 더 있음 — 전체를 보려면 줄을 복사하거나 저장하세요]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%2의 %1, %3</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Follow</source>
        <translation>따라가기</translation>
    </message>
    <message>
        <source>Keep showing new lines. Scrolling up pauses this; scrolling to the end resumes it.</source>
        <translation>새 줄을 계속 보여 줍니다. 위로 스크롤하면 멈추고, 끝으로 스크롤하면 다시 따라갑니다.</translation>
    </message>
    <message>
        <source>Last </source>
        <translation>마지막 </translation>
    </message>
    <message>
        <source> lines</source>
        <translation>줄</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>모든 줄</translation>
    </message>
    <message>
        <source>How many of the last lines to read first</source>
        <translation>처음에 읽을 마지막 줄 수</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>시작 시각</translation>
    </message>
    <message>
        <source>Only lines logged from this time on</source>
        <translation>이 시각 이후에 기록된 줄만</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>시각</translation>
    </message>
    <message>
        <source>Show when the engine logged each line</source>
        <translation>엔진이 각 줄을 기록한 시각을 표시합니다</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>줄 바꿈</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>긴 줄을 줄 바꿈합니다</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Show the colours the container prints; off shows plain text</source>
        <translation>컨테이너가 출력하는 색상을 표시합니다. 끄면 일반 텍스트로 표시합니다</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Save Shown Lines…</source>
        <translation>보이는 줄 저장…</translation>
    </message>
    <message>
        <source>Save All Lines…</source>
        <translation>모든 줄 저장…</translation>
    </message>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>로그 검색 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>정규 표현식</translation>
    </message>
    <message>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>이전 결과 (Shift+F3)</translation>
    </message>
    <message>
        <source>Next match (F3 or Enter)</source>
        <translation>다음 결과 (F3 또는 Enter)</translation>
    </message>
    <message>
        <source>Only matching lines</source>
        <translation>일치하는 줄만</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>출처:</translation>
    </message>
    <message>
        <source>(removed node)</source>
        <translation>(삭제된 노드)</translation>
    </message>
    <message>
        <source>End</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>Not a valid expression: %1</source>
        <translation>올바른 표현식이 아닙니다: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>검색 중…</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>일치 없음</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 중 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n개 일치</numerusform>
        </translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <source>reading</source>
        <translation>읽는 중</translation>
    </message>
    <message>
        <source>following</source>
        <translation>따라가는 중</translation>
    </message>
    <message>
        <source>node offline: resumes where it left off when the node is back</source>
        <translation>노드 연결 끊김: 노드가 돌아오면 멈춘 곳부터 이어서 읽습니다</translation>
    </message>
    <message>
        <source>waiting for the engine</source>
        <translation>엔진을 기다리는 중</translation>
    </message>
    <message>
        <source>exited with code %1: follows again if it starts</source>
        <translation>코드 %1(으)로 종료됨: 다시 시작하면 계속 따라갑니다</translation>
    </message>
    <message>
        <source>end of the log</source>
        <translation>로그의 끝</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>멈춤: %1</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not reading a log.</source>
        <translation>읽고 있는 로그가 없습니다.</translation>
    </message>
    <message>
        <source>Save All Lines</source>
        <translation>모든 줄 저장</translation>
    </message>
    <message>
        <source>Save Shown Lines</source>
        <translation>보이는 줄 저장</translation>
    </message>
    <message>
        <source>Log files (*.log *.txt)</source>
        <translation>로그 파일 (*.log *.txt)</translation>
    </message>
    <message>
        <source>Saving to %1…</source>
        <translation>%1에 저장하는 중…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Could not save to %1: %2. Choose another place.</source>
        <translation>%1에 저장하지 못했습니다: %2. 다른 위치를 고르세요.</translation>
    </message>
    <message>
        <source>More</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <source>Copy Selected Lines</source>
        <translation>선택한 줄 복사</translation>
    </message>
    <message>
        <source>Keep at Most %1 Lines…</source>
        <translation>최대 %1줄 보관…</translation>
    </message>
    <message>
        <source>Lines Kept</source>
        <translation>보관할 줄 수</translation>
    </message>
    <message>
        <source>Keep at most this many lines; the oldest go when more come. A million lines take about 130 MiB.</source>
        <translation>최대 이만큼의 줄을 보관합니다. 더 들어오면 가장 오래된 줄부터 지웁니다. 백만 줄은 약 130 MiB를 차지합니다.</translation>
    </message>
    <message>
        <source>%1 is not a folder that can be written to</source>
        <translation>%1은(는) 쓸 수 있는 폴더가 아닙니다</translation>
    </message>
    <message numerus="yes">
        <source>%n new line(s) ↓</source>
        <translation>
            <numerusform>새 줄 %n개 ↓</numerusform>
        </translation>
    </message>
    <message>
        <source>End ↓</source>
        <translation>끝 ↓</translation>
    </message>
    <message>
        <source>Go to the newest line and follow (Ctrl+End)</source>
        <translation>가장 새 줄로 가서 따라갑니다 (Ctrl+End)</translation>
    </message>
</context>
<context>
    <name>LogWindow</name>
    <message>
        <source>Logs of %1</source>
        <translation>%1 로그</translation>
    </message>
    <message numerus="yes">
        <source>Logs of %n container(s): %1</source>
        <translation>
            <numerusform>컨테이너 %n개의 로그: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Gontainer</source>
        <translation>Gontainer</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>새로 고침(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>설정(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Gontainer</source>
        <translation>Gontainer 정보(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Retry &amp;now</source>
        <translation>지금 다시 시도(&amp;N)</translation>
    </message>
    <message>
        <source>About Gontainer</source>
        <translation>Gontainer 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gontainer %1&lt;/h3&gt;&lt;p&gt;See and run the containers of many machines from one window.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gontainer %1&lt;/h3&gt;&lt;p&gt;여러 머신의 컨테이너를 한 창에서 보고 실행합니다.&lt;/p&gt;&lt;p&gt;Qt %2(으)로 빌드했습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Reconnect to the nodes and read their containers again</source>
        <translation>노드에 다시 연결하고 컨테이너를 다시 읽습니다</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>도구 모음</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n node(s) online</source>
        <translation>
            <numerusform>노드 %n개 중 %1개 연결됨</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is offline: %2</source>
        <translation>%1 연결 끊김: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) offline: %1. Point at a node in the list to see why.</source>
        <translation>
            <numerusform>노드 %n개 연결 끊김: %1. 목록에서 노드를 가리키면 이유가 보입니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their containers show the last known state, and Gontainer keeps trying to reconnect.</source>
        <translation>컨테이너는 마지막으로 알려진 상태로 보이며, Gontainer가 계속 다시 연결을 시도합니다.</translation>
    </message>
    <message>
        <source>&amp;Registries…</source>
        <translation>레지스트리(&amp;R)…</translation>
    </message>
    <message>
        <source>The registry logins used to pull and push images</source>
        <translation>이미지를 받아 오고 올릴 때 쓰는 레지스트리 로그인</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>밝게(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>어둡게(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Follow the desktop</source>
        <translation>데스크톱 설정 따르기(&amp;F)</translation>
    </message>
    <message>
        <source>Keep Running in the &amp;Tray When Closed</source>
        <translation>창을 닫으면 트레이에서 계속 실행(&amp;T)</translation>
    </message>
    <message>
        <source>Closing the window hides it; the nodes are still watched and problems notified</source>
        <translation>창을 닫으면 숨기기만 합니다. 노드는 계속 지켜보고 문제가 생기면 알려 줍니다</translation>
    </message>
    <message>
        <source>Start &amp;Hidden in the Tray</source>
        <translation>트레이에 숨긴 채로 시작(&amp;H)</translation>
    </message>
    <message>
        <source>Gontainer is still running</source>
        <translation>Gontainer가 계속 실행 중입니다</translation>
    </message>
    <message>
        <source>It keeps watching your nodes and tells you of problems. Open it again from its icon in the tray; quit from the icon&apos;s menu.</source>
        <translation>노드를 계속 지켜보고 문제가 생기면 알려 줍니다. 트레이의 아이콘에서 다시 열고, 아이콘의 메뉴에서 끝낼 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>환경 설정(&amp;P)…</translation>
    </message>
    <message>
        <source>Language, theme, the tray, starting at login and which problems are notified</source>
        <translation>언어, 테마, 트레이, 로그인할 때 시작, 알릴 문제</translation>
    </message>
</context>
<context>
    <name>NetworkActions</name>
    <message>
        <source>&amp;Network</source>
        <translation>네트워크(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;New Network…</source>
        <translation>새 네트워크(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a network on a node</source>
        <translation>노드에 네트워크를 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>검사(&amp;I)</translation>
    </message>
    <message>
        <source>Show the selected network&apos;s details and the engine&apos;s JSON</source>
        <translation>선택한 네트워크의 상세 정보와 엔진의 JSON을 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Connect a Container…</source>
        <translation>컨테이너 연결(&amp;C)…</translation>
    </message>
    <message>
        <source>Attach a container to the selected network</source>
        <translation>선택한 네트워크에 컨테이너를 연결합니다</translation>
    </message>
    <message>
        <source>&amp;Disconnect a Container…</source>
        <translation>컨테이너 연결 끊기(&amp;D)…</translation>
    </message>
    <message>
        <source>Detach a container from the selected network</source>
        <translation>선택한 네트워크에서 컨테이너의 연결을 끊습니다</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>삭제(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the selected networks</source>
        <translation>선택한 네트워크를 삭제합니다</translation>
    </message>
    <message>
        <source>Pr&amp;une…</source>
        <translation>정리(&amp;N)…</translation>
    </message>
    <message>
        <source>Remove the networks no container is attached to, showing first which</source>
        <translation>연결된 컨테이너가 없는 네트워크를 삭제합니다. 삭제될 네트워크를 먼저 보여 줍니다</translation>
    </message>
    <message>
        <source>Created the network %1 on %2.</source>
        <translation>%2에 네트워크 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Connecting %1 to %2…</source>
        <translation>%1을(를) %2에 연결하는 중…</translation>
    </message>
    <message>
        <source>Could not connect %1 to %2 on %3: %4</source>
        <translation>%3의 %2에 %1을(를) 연결하지 못했습니다: %4</translation>
    </message>
    <message>
        <source>Connected %1 to %2 on %3.</source>
        <translation>%3의 %2에 %1을(를) 연결했습니다.</translation>
    </message>
    <message>
        <source>No container is attached to %1.</source>
        <translation>%1에 연결된 컨테이너가 없습니다.</translation>
    </message>
    <message>
        <source>Disconnect a Container</source>
        <translation>컨테이너 연결 끊기</translation>
    </message>
    <message>
        <source>Detach from %1:</source>
        <translation>%1에서 연결을 끊을 컨테이너:</translation>
    </message>
    <message>
        <source>Disconnecting %1 from %2…</source>
        <translation>%2에서 %1의 연결을 끊는 중…</translation>
    </message>
    <message>
        <source>Could not disconnect %1 from %2 on %3: %4</source>
        <translation>%3의 %2에서 %1의 연결을 끊지 못했습니다: %4</translation>
    </message>
    <message>
        <source>Disconnected %1 from %2 on %3.</source>
        <translation>%3의 %2에서 %1의 연결을 끊었습니다.</translation>
    </message>
    <message>
        <source>%1 on %2 is the engine&apos;s own network; it cannot be removed.</source>
        <translation>%2의 %1은(는) 엔진 자체 네트워크라서 삭제할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 on %2 has containers attached: %3. Disconnect or remove them first.</source>
        <translation>%2의 %1에 연결된 컨테이너가 있습니다: %3. 먼저 연결을 끊거나 삭제하세요.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message numerus="yes">
        <source>Cannot remove %n network(s):</source>
        <translation>
            <numerusform>네트워크 %n개를 삭제할 수 없습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove networks</source>
        <translation>네트워크 삭제</translation>
    </message>
    <message>
        <source>Remove the network %1?</source>
        <translation>네트워크 %1을(를) 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n network(s)?</source>
        <translation>
            <numerusform>네트워크 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Removing %1 from %2…</source>
        <translation>%2에서 %1 삭제하는 중…</translation>
    </message>
    <message>
        <source>Removed %1 from %2.</source>
        <translation>%2에서 %1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from %2: containers are attached to it: %3. Disconnect or remove them first.</source>
        <translation>%2에서 %1을(를) 삭제할 수 없습니다: 연결된 컨테이너가 있습니다: %3. 먼저 연결을 끊거나 삭제하세요.</translation>
    </message>
    <message>
        <source>Could not remove %1 from %2: %3</source>
        <translation>%2에서 %1을(를) 삭제하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No unused networks: every network has containers attached, or is the engine&apos;s own.</source>
        <translation>사용하지 않는 네트워크가 없습니다: 모든 네트워크에 컨테이너가 연결되어 있거나 엔진 자체 네트워크입니다.</translation>
    </message>
    <message>
        <source>Prune networks</source>
        <translation>네트워크 정리</translation>
    </message>
    <message>
        <source>Remove the networks no container is attached to?</source>
        <translation>연결된 컨테이너가 없는 네트워크를 삭제할까요?</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>정리</translation>
    </message>
    <message>
        <source>Pruning the networks of %1…</source>
        <translation>%1의 네트워크를 정리하는 중…</translation>
    </message>
    <message>
        <source>Could not prune the networks of %1: %2</source>
        <translation>%1의 네트워크를 정리하지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Pruned %1: no network was unused.</source>
        <translation>%1 정리 완료: 사용하지 않는 네트워크가 없었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Pruned %n network(s) from %1: %2</source>
        <translation>
            <numerusform>%1에서 네트워크 %n개를 정리했습니다: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkCommands</name>
    <message>
        <source>--gateway and --ip-range need the --subnet they belong to.</source>
        <translation>--gateway와 --ip-range에는 해당하는 --subnet이 필요합니다.</translation>
    </message>
    <message>
        <source>The subnet %1 has two values of %2: %3 and %4.</source>
        <translation>서브넷 %1에 %2 값이 두 개 있습니다: %3, %4.</translation>
    </message>
    <message>
        <source>%1 %2 is in none of the subnets %3.</source>
        <translation>%1 %2은(는) 서브넷 %3 중 어디에도 속하지 않습니다.</translation>
    </message>
    <message>
        <source>Create a network</source>
        <translation>네트워크를 만듭니다</translation>
    </message>
    <message>
        <source>The network driver (default: bridge).</source>
        <translation>네트워크 드라이버입니다(기본값: bridge).</translation>
    </message>
    <message>
        <source>DRIVER</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <source>A subnet in CIDR form, such as 10.1.0.0/24 (repeat for more).</source>
        <translation>10.1.0.0/24 같은 CIDR 형식의 서브넷입니다(여러 개는 반복해서 지정).</translation>
    </message>
    <message>
        <source>CIDR</source>
        <translation>CIDR</translation>
    </message>
    <message>
        <source>The gateway of a subnet: an address inside it (repeat for more).</source>
        <translation>서브넷의 게이트웨이: 서브넷 안의 주소입니다(여러 개는 반복해서 지정).</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Give containers addresses from this part of a subnet, in CIDR form (repeat for more).</source>
        <translation>컨테이너 주소를 서브넷의 이 부분(CIDR 형식)에서 할당합니다(여러 개는 반복해서 지정).</translation>
    </message>
    <message>
        <source>No way out of the network.</source>
        <translation>네트워크 밖으로 나갈 수 없게 합니다.</translation>
    </message>
    <message>
        <source>Give containers IPv6 addresses too.</source>
        <translation>컨테이너에 IPv6 주소도 할당합니다.</translation>
    </message>
    <message>
        <source>Let standalone containers join (swarm overlay networks).</source>
        <translation>독립 컨테이너도 참여할 수 있게 합니다(swarm overlay 네트워크).</translation>
    </message>
    <message>
        <source>Set a label (repeat for more).</source>
        <translation>레이블을 설정합니다(여러 개는 반복해서 지정).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Use: gontainer-cli network create NAME [--driver DRIVER] [--subnet CIDR [--gateway ADDRESS] [--ip-range CIDR]] [--internal] [--ipv6] [--label KEY=VALUE]</source>
        <translation>사용법: gontainer-cli network create NAME [--driver DRIVER] [--subnet CIDR [--gateway ADDRESS] [--ip-range CIDR]] [--internal] [--ipv6] [--label KEY=VALUE]</translation>
    </message>
    <message>
        <source>Show networks&apos; full details as JSON</source>
        <translation>네트워크의 전체 정보를 JSON으로 표시합니다</translation>
    </message>
    <message>
        <source>Remove networks</source>
        <translation>네트워크를 삭제합니다</translation>
    </message>
    <message>
        <source>Containers attached to %1: %2. Disconnect them (gontainer-cli network disconnect %1 CONTAINER) or remove them first.</source>
        <translation>%1에 연결된 컨테이너: %2. 먼저 연결을 끊거나(gontainer-cli network disconnect %1 CONTAINER) 삭제하세요.</translation>
    </message>
    <message>
        <source>Remove the networks no container uses</source>
        <translation>어떤 컨테이너도 쓰지 않는 네트워크를 삭제합니다</translation>
    </message>
    <message>
        <source>This removes every network no container uses on %1.</source>
        <translation>%1에서 어떤 컨테이너도 쓰지 않는 네트워크를 모두 삭제합니다.</translation>
    </message>
    <message>
        <source>Deleted networks:</source>
        <translation>삭제된 네트워크:</translation>
    </message>
    <message>
        <source>Connect a container to a network</source>
        <translation>컨테이너를 네트워크에 연결합니다</translation>
    </message>
    <message>
        <source>Another name of the container on this network (repeat for more).</source>
        <translation>이 네트워크에서 쓸 컨테이너의 다른 이름입니다(여러 개는 반복해서 지정).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Use: gontainer-cli network connect NETWORK CONTAINER [--alias NAME]</source>
        <translation>사용법: gontainer-cli network connect NETWORK CONTAINER [--alias NAME]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be an alias: it begins with a letter or digit and holds only letters, digits and _ . -</source>
        <translation>&quot;%1&quot;은(는) 별칭이 될 수 없습니다: 별칭은 영문자나 숫자로 시작하고 영문자, 숫자, _ . - 만 쓸 수 있습니다</translation>
    </message>
    <message>
        <source>Disconnect a container from a network</source>
        <translation>네트워크에서 컨테이너의 연결을 끊습니다</translation>
    </message>
    <message>
        <source>Disconnect even if the container is not running as expected.</source>
        <translation>컨테이너가 제대로 실행 중이 아니어도 연결을 끊습니다.</translation>
    </message>
    <message>
        <source>Use: gontainer-cli network disconnect NETWORK CONTAINER [--force]</source>
        <translation>사용법: gontainer-cli network disconnect NETWORK CONTAINER [--force]</translation>
    </message>
</context>
<context>
    <name>NetworkDetailsView</name>
    <message>
        <source>Close the details (Esc)</source>
        <translation>상세 정보 닫기 (Esc)</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Double-click a container to show it</source>
        <translation>컨테이너를 두 번 클릭하면 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Connect a Container…</source>
        <translation>컨테이너 연결(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>연결 끊기(&amp;D)</translation>
    </message>
    <message>
        <source>Detach the chosen container from this network</source>
        <translation>이 네트워크에서 선택한 컨테이너의 연결을 끊습니다</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <source>Reading the network…</source>
        <translation>네트워크를 읽는 중…</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>게이트웨이</translation>
    </message>
    <message>
        <source>IP range</source>
        <translation>IP 범위</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>내부 전용</translation>
    </message>
    <message>
        <source>Yes: no way out to other networks</source>
        <translation>예: 다른 네트워크로 나갈 수 없음</translation>
    </message>
    <message>
        <source>IPv6</source>
        <translation>IPv6</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>Attachable</source>
        <translation>연결 가능</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>Containers (%1)</source>
        <translation>컨테이너 (%1)</translation>
    </message>
</context>
<context>
    <name>NetworkOperations</name>
    <message>
        <source>containers are attached to it: %1</source>
        <translation>연결된 컨테이너가 있습니다: %1</translation>
    </message>
</context>
<context>
    <name>NetworkTableModel</name>
    <message>
        <source>Internal</source>
        <translation>내부 전용</translation>
    </message>
    <message>
        <source>Containers on it reach each other, but not the outside world</source>
        <translation>이 네트워크의 컨테이너끼리는 통신하지만 외부로는 나갈 수 없습니다</translation>
    </message>
    <message>
        <source>No container is attached to this network</source>
        <translation>이 네트워크에 연결된 컨테이너가 없습니다</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>게이트웨이</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
</context>
<context>
    <name>NetworkValidation</name>
    <message>
        <source>Give the network a name.</source>
        <translation>네트워크 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>A name begins with a letter or digit and has only letters, digits and _ . - after it.</source>
        <translation>이름은 영문자나 숫자로 시작하고, 그 뒤에는 영문자, 숫자, _ . - 만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The node already has a network named %1; choose another name.</source>
        <translation>노드에 이미 %1 네트워크가 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>Write the subnet as an address and a prefix length, like 10.10.0.0/16 or fd00:10::/64.</source>
        <translation>서브넷은 10.10.0.0/16이나 fd00:10::/64처럼 주소와 접두사 길이로 쓰세요.</translation>
    </message>
    <message>
        <source>A /%1 subnet has no room for a gateway and a container; use /%2 or less.</source>
        <translation>/%1 서브넷에는 게이트웨이와 컨테이너를 둘 자리가 없습니다. /%2 이하를 쓰세요.</translation>
    </message>
    <message>
        <source>The subnet&apos;s address has host bits set; it should be %1.</source>
        <translation>서브넷 주소에 호스트 비트가 설정되어 있습니다. %1(이)어야 합니다.</translation>
    </message>
    <message>
        <source>Write the gateway as one address, like 10.10.0.1, without a prefix length.</source>
        <translation>게이트웨이는 10.10.0.1처럼 접두사 길이 없이 주소 하나로 쓰세요.</translation>
    </message>
    <message>
        <source>Give a subnet before a gateway.</source>
        <translation>게이트웨이보다 먼저 서브넷을 입력하세요.</translation>
    </message>
    <message>
        <source>The gateway %1 is outside the subnet %2.</source>
        <translation>게이트웨이 %1이(가) 서브넷 %2 밖에 있습니다.</translation>
    </message>
    <message>
        <source>The gateway cannot be the subnet&apos;s own address %1.</source>
        <translation>게이트웨이는 서브넷 자체 주소 %1일 수 없습니다.</translation>
    </message>
    <message>
        <source>The gateway cannot be the subnet&apos;s broadcast address %1.</source>
        <translation>게이트웨이는 서브넷의 브로드캐스트 주소 %1일 수 없습니다.</translation>
    </message>
    <message>
        <source>Write the IP range as an address and a prefix length, like 10.10.5.0/24.</source>
        <translation>IP 범위는 10.10.5.0/24처럼 주소와 접두사 길이로 쓰세요.</translation>
    </message>
    <message>
        <source>Give a subnet before an IP range.</source>
        <translation>IP 범위보다 먼저 서브넷을 입력하세요.</translation>
    </message>
    <message>
        <source>The IP range %1 is outside the subnet %2.</source>
        <translation>IP 범위 %1이(가) 서브넷 %2 밖에 있습니다.</translation>
    </message>
    <message>
        <source>The range&apos;s address has host bits set; it should be %1.</source>
        <translation>IP 범위 주소에 호스트 비트가 설정되어 있습니다. %1(이)어야 합니다.</translation>
    </message>
    <message>
        <source>The subnet overlaps %1 of the network %2 on this node; choose addresses no other network uses.</source>
        <translation>서브넷이 이 노드에 있는 네트워크 %2의 %1과(와) 겹칩니다. 다른 네트워크가 쓰지 않는 주소를 고르세요.</translation>
    </message>
    <message>
        <source>Write one address, like 10.10.0.5, without a prefix length.</source>
        <translation>10.10.0.5처럼 접두사 길이 없이 주소 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>This network has no subnet to choose an address in.</source>
        <translation>이 네트워크에는 주소를 고를 서브넷이 없습니다.</translation>
    </message>
    <message>
        <source>The address %1 is outside the network&apos;s subnet %2.</source>
        <translation>주소 %1이(가) 네트워크의 서브넷 %2 밖에 있습니다.</translation>
    </message>
    <message>
        <source>%1 is the subnet&apos;s own address; choose another.</source>
        <translation>%1은(는) 서브넷 자체 주소입니다. 다른 주소를 고르세요.</translation>
    </message>
    <message>
        <source>%1 is the subnet&apos;s broadcast address; choose another.</source>
        <translation>%1은(는) 서브넷의 브로드캐스트 주소입니다. 다른 주소를 고르세요.</translation>
    </message>
    <message>
        <source>%1 is the network&apos;s gateway; choose another address.</source>
        <translation>%1은(는) 네트워크의 게이트웨이입니다. 다른 주소를 고르세요.</translation>
    </message>
    <message>
        <source>The subnets %1 and %2 overlap.</source>
        <translation>서브넷 %1과(와) %2이(가) 겹칩니다.</translation>
    </message>
</context>
<context>
    <name>NetworksPage</name>
    <message>
        <source>Networks</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Search name, driver, subnet, gateway</source>
        <translation>이름, 드라이버, 서브넷, 게이트웨이 검색</translation>
    </message>
    <message>
        <source>Show the networks of one node</source>
        <translation>한 노드의 네트워크만 보기</translation>
    </message>
    <message>
        <source>Used or not</source>
        <translation>사용 여부 전체</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>미사용</translation>
    </message>
    <message>
        <source>Show only networks with containers attached, or only those without</source>
        <translation>컨테이너가 연결된 네트워크만, 또는 연결되지 않은 네트워크만 보기</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>모든 노드</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s), %1 unused</source>
        <translation>
            <numerusform>네트워크 %n개, 미사용 %1개</numerusform>
        </translation>
    </message>
    <message>
        <source>No network matches the search and filters.
Clear the search, or choose &quot;All nodes&quot; and &quot;Used or not&quot; in the filters.</source>
        <translation>검색어와 필터에 맞는 네트워크가 없습니다.
검색어를 지우거나 필터에서 &quot;모든 노드&quot;와 &quot;사용 여부 전체&quot;를 고르세요.</translation>
    </message>
    <message>
        <source>No nodes.</source>
        <translation>노드가 없습니다.</translation>
    </message>
    <message>
        <source>No networks yet.
Create one with New Network (Ctrl+N).</source>
        <translation>아직 네트워크가 없습니다.
새 네트워크(Ctrl+N)로 만드세요.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>No node can be reached.</source>
        <translation>연결할 수 있는 노드가 없습니다.</translation>
    </message>
    <message>
        <source>No node&apos;s engine has networks: containers there use the host&apos;s network or none. Add a Docker or Podman node to manage networks.</source>
        <translation>네트워크가 있는 노드 엔진이 없습니다: 해당 컨테이너는 호스트 네트워크를 사용하거나 네트워크 없이 실행됩니다. 네트워크를 관리하려면 Docker 또는 Podman 노드를 추가하세요.</translation>
    </message>
</context>
<context>
    <name>NodeConfig</name>
    <message>
        <source>Give the node a name.</source>
        <translation>노드 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter the engine&apos;s address, for example unix:///run/podman/podman.sock, tcp://host:2376 or ssh://user@host.</source>
        <translation>엔진 주소를 입력하세요. 예: unix:///run/podman/podman.sock, tcp://host:2376, ssh://user@host</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>키 파일 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The folder %1 has no ca.pem, cert.pem or key.pem: choose the folder that holds them, as DOCKER_CERT_PATH does.</source>
        <translation>%1 폴더에 ca.pem, cert.pem, key.pem이 없습니다. DOCKER_CERT_PATH처럼 이 파일들이 있는 폴더를 고르세요.</translation>
    </message>
    <message>
        <source>The folder %1 has %2 but not %3: a client certificate needs both.</source>
        <translation>%1 폴더에 %2은(는) 있지만 %3이(가) 없습니다. 클라이언트 인증서에는 둘 다 필요합니다.</translation>
    </message>
    <message>
        <source>Not encrypted: this node is reached over plain TCP without TLS. Anyone on the network can read what is sent to the engine and take control of it.</source>
        <translation>암호화되지 않음: 이 노드는 TLS 없이 평문 TCP로 연결됩니다. 네트워크상의 누구나 엔진으로 보내는 내용을 읽고 엔진을 장악할 수 있습니다.</translation>
    </message>
    <message>
        <source>Registry logins are sent to it all the same, as chosen in its settings.</source>
        <translation>그래도 노드 설정에 따라 레지스트리 로그인 정보를 이 노드로 보냅니다.</translation>
    </message>
    <message>
        <source>Registry logins are not sent to it.</source>
        <translation>레지스트리 로그인 정보를 이 노드로 보내지 않습니다.</translation>
    </message>
    <message>
        <source>The engine&apos;s certificate is not checked: the connection is encrypted, but anyone on the network could pose as this engine.</source>
        <translation>엔진 인증서를 확인하지 않습니다: 연결은 암호화되지만 네트워크상의 누구나 이 엔진으로 위장할 수 있습니다.</translation>
    </message>
    <message>
        <source>The node %1 is reached over plain TCP without TLS, so a registry login sent to it could be read by anyone on the network. Turn on TLS for the node, or allow logins over plain TCP in the node&apos;s settings (Nodes page, Edit).</source>
        <translation>노드 %1은(는) TLS 없이 평문 TCP로 연결되므로, 여기로 보내는 레지스트리 로그인 정보를 네트워크상의 누구나 읽을 수 있습니다. 노드의 TLS를 켜거나, 노드 설정(노드 페이지, 편집)에서 평문 TCP 로그인을 허용하세요.</translation>
    </message>
</context>
<context>
    <name>NodeConnection</name>
    <message>
        <source>no answer to a health check for %1 s</source>
        <translation>%1초 동안 상태 확인에 응답 없음</translation>
    </message>
    <message>
        <source>no answer to the health check for over %1 s</source>
        <translation>%1초 넘게 상태 확인에 응답 없음</translation>
    </message>
</context>
<context>
    <name>NodeDialog</name>
    <message>
        <source>Add Node</source>
        <translation>노드 추가</translation>
    </message>
    <message>
        <source>Edit Node</source>
        <translation>노드 편집</translation>
    </message>
    <message>
        <source>build server, laptop, …</source>
        <translation>빌드 서버, 노트북, …</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>An engine socket on this computer</source>
        <translation>이 컴퓨터의 엔진 소켓</translation>
    </message>
    <message>
        <source>A remote engine over TCP (TLS)</source>
        <translation>TCP(TLS)로 연결하는 원격 엔진</translation>
    </message>
    <message>
        <source>A remote engine over SSH</source>
        <translation>SSH로 연결하는 원격 엔진</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>연결 방식(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Socket:</source>
        <translation>소켓(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>호스트(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <source>Use &amp;TLS (recommended; without it anyone on the network can control the engine)</source>
        <translation>TLS 사용(&amp;T) (권장; 없으면 네트워크의 누구나 엔진을 조종할 수 있습니다)</translation>
    </message>
    <message>
        <source>&amp;Certificates folder:</source>
        <translation>인증서 폴더(&amp;C):</translation>
    </message>
    <message>
        <source>The folder with ca.pem, cert.pem and key.pem</source>
        <translation>ca.pem, cert.pem, key.pem이 있는 폴더</translation>
    </message>
    <message>
        <source>Do not &amp;verify the engine&apos;s certificate (unsafe)</source>
        <translation>엔진 인증서를 확인하지 않음(&amp;V) (안전하지 않음)</translation>
    </message>
    <message>
        <source>As your ssh configuration says</source>
        <translation>ssh 설정을 따름</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>사용자(&amp;U):</translation>
    </message>
    <message>
        <source>Empty for Docker; /run/podman/podman.sock for Podman</source>
        <translation>Docker는 비워 두고, Podman은 /run/podman/podman.sock</translation>
    </message>
    <message>
        <source>Remote &amp;socket:</source>
        <translation>원격 소켓(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Key file:</source>
        <translation>키 파일(&amp;K):</translation>
    </message>
    <message>
        <source>Empty: the ssh agent&apos;s and configuration&apos;s keys</source>
        <translation>비워 두면 ssh 에이전트와 설정의 키를 씁니다</translation>
    </message>
    <message>
        <source>Only for a key with a passphrase; kept in the keychain</source>
        <translation>암호가 있는 키만; 키체인에 보관합니다</translation>
    </message>
    <message>
        <source>Key pass&amp;phrase:</source>
        <translation>키 암호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>연결 시험(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>Saved in the keychain; type to replace it</source>
        <translation>키체인에 저장됨; 바꾸려면 입력하세요</translation>
    </message>
    <message>
        <source>There is already a node called %1: choose another name.</source>
        <translation>%1이라는 노드가 이미 있습니다: 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>A passphrase goes with a key file: choose the key it unlocks.</source>
        <translation>암호는 키 파일과 함께 씁니다: 그 암호로 여는 키를 고르세요.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>The passphrase could not be kept in the keychain: %1</source>
        <translation>암호를 키체인에 보관할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Connected: %1 %2, API %3.</source>
        <translation>연결됨: %1 %2, API %3.</translation>
    </message>
    <message numerus="yes">
        <source>No answer in %n second(s).</source>
        <translation>
            <numerusform>%n초 동안 응답이 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The node was not saved: its key&apos;s passphrase could not be kept in the keychain. %1</source>
        <translation>노드를 저장하지 않았습니다: 키 암호를 키체인에 보관할 수 없습니다. %1</translation>
    </message>
    <message>
        <source>Allow registry &amp;logins over this unencrypted connection (unsafe: anyone on the network can read the password)</source>
        <translation>암호화되지 않은 이 연결로 레지스트리 로그인 허용(&amp;L) (안전하지 않음: 네트워크상의 누구나 비밀번호를 읽을 수 있음)</translation>
    </message>
    <message>
        <source>Without TLS, a registry user name and password sent with a pull or push can be read by anyone on the network between this computer and the engine. Leave this off and pulls and pushes that need a login are refused on this node.</source>
        <translation>TLS가 없으면 받아 오기나 올리기 때 보내는 레지스트리 사용자 이름과 비밀번호를 이 컴퓨터와 엔진 사이 네트워크의 누구나 읽을 수 있습니다. 이 옵션을 끄면 이 노드에서 로그인이 필요한 받아 오기와 올리기는 거부됩니다.</translation>
    </message>
    <message>
        <source>Docker or Podman</source>
        <translation>Docker 또는 Podman</translation>
    </message>
    <message>
        <source>containerd</source>
        <translation>containerd</translation>
    </message>
    <message>
        <source>&amp;Engine:</source>
        <translation>엔진(&amp;E):</translation>
    </message>
    <message>
        <source>All namespaces</source>
        <translation>모든 네임스페이스</translation>
    </message>
    <message>
        <source>Empty: every namespace of the node (default first; Docker&apos;s own moby namespace is shown but not acted on). Or one namespace, such as default or k8s.io.</source>
        <translation>비워 두면 노드의 모든 네임스페이스(default가 먼저 표시되며, Docker 자체의 moby 네임스페이스는 표시되지만 작업 대상이 아닙니다). 또는 default나 k8s.io 같은 네임스페이스 하나.</translation>
    </message>
    <message>
        <source>Name&amp;space:</source>
        <translation>네임스페이스(&amp;S):</translation>
    </message>
</context>
<context>
    <name>NodeImporter</name>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>it names no context</source>
        <translation>컨텍스트 이름이 없습니다</translation>
    </message>
    <message>
        <source>podman&apos;s list of connections could not be read: %1</source>
        <translation>podman 연결 목록을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>it is not a list</source>
        <translation>목록 형식이 아닙니다</translation>
    </message>
    <message>
        <source>%1: a Windows named pipe cannot be reached from here.</source>
        <translation>%1: Windows 명명된 파이프는 여기서 연결할 수 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: already there as the node %2.</source>
        <translation>%1: 이미 %2 노드로 있습니다.</translation>
    </message>
    <message>
        <source>docker context %1</source>
        <translation>docker 컨텍스트 %1</translation>
    </message>
    <message>
        <source>podman connection %1</source>
        <translation>podman 연결 %1</translation>
    </message>
</context>
<context>
    <name>NodeItemDelegate</name>
    <message>
        <source>offline</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1/%2 running</source>
        <translation>%1/%2 실행 중</translation>
    </message>
    <message>
        <source>slow to answer</source>
        <translation>응답 느림</translation>
    </message>
</context>
<context>
    <name>NodeManager</name>
    <message>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>There is already a node called %1: choose another name.</source>
        <translation>%1 노드가 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>This node no longer exists.</source>
        <translation>이 노드는 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Gontainer could not save the node list to %1: %2. Free space or fix the folder&apos;s permissions; your change is kept until then and saved with the next one.</source>
        <translation>Gontainer가 노드 목록을 %1에 저장하지 못했습니다: %2. 여유 공간을 확보하거나 폴더 권한을 고치세요. 그때까지 변경 내용은 유지되며 다음 변경 때 함께 저장됩니다.</translation>
    </message>
</context>
<context>
    <name>NodeSidebar</name>
    <message>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>다시 연결(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Show only this node</source>
        <translation>이 노드만 보기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Notify me about its problems</source>
        <translation>이 노드의 문제 알림 받기(&amp;N)</translation>
    </message>
    <message>
        <source>Tell me when a container on this node turns unhealthy or stops unexpectedly</source>
        <translation>이 노드의 컨테이너가 비정상이 되거나 예기치 않게 멈추면 알려 줍니다</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;move node…</source>
        <translation>노드 삭제(&amp;M)…</translation>
    </message>
</context>
<context>
    <name>NodeStore</name>
    <message>
        <source>the settings could not be prepared in %1</source>
        <translation>%1에서 설정을 준비할 수 없습니다</translation>
    </message>
    <message>
        <source>There is already a node called %1: choose another name.</source>
        <translation>%1 노드가 이미 있습니다. 다른 이름을 고르세요.</translation>
    </message>
    <message>
        <source>The node %1 no longer exists: it was removed elsewhere.</source>
        <translation>노드 %1이(가) 더 이상 없습니다: 다른 곳에서 삭제되었습니다.</translation>
    </message>
    <message>
        <source>the folder %1 could not be created</source>
        <translation>%1 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>another program kept the settings file locked</source>
        <translation>다른 프로그램이 설정 파일을 계속 잠그고 있습니다</translation>
    </message>
    <message>
        <source>the lock file %1.lock could not be created</source>
        <translation>잠금 파일 %1.lock을 만들 수 없습니다</translation>
    </message>
</context>
<context>
    <name>NodesPage</name>
    <message>
        <source>&amp;Add Node…</source>
        <translation>노드 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Looking for contexts and connections…</source>
        <translation>컨텍스트와 연결을 찾는 중…</translation>
    </message>
    <message>
        <source>&amp;Import from Docker and Podman…</source>
        <translation>Docker와 Podman에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <source>Re&amp;connect</source>
        <translation>다시 연결(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>삭제(&amp;M)…</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>No node chosen. Add one, or import the engines the docker and podman command-line tools already know.</source>
        <translation>선택한 노드가 없습니다. 노드를 추가하거나, docker와 podman 명령줄 도구가 이미 아는 엔진을 가져오세요.</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>연결 중</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>Slow to answer</source>
        <translation>응답 느림</translation>
    </message>
    <message>
        <source>Offline: %1</source>
        <translation>연결 끊김: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>on, without checking the engine&apos;s certificate</source>
        <translation>사용, 엔진 인증서 확인 안 함</translation>
    </message>
    <message>
        <source>on, certificates from %1</source>
        <translation>사용, 인증서 위치 %1</translation>
    </message>
    <message>
        <source>SSH key</source>
        <translation>SSH 키</translation>
    </message>
    <message>
        <source>(passphrase in the keychain)</source>
        <translation>(암호는 키체인에)</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>가져온 곳</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <source>%1 %2 (API %3)</source>
        <translation>%1 %2 (API %3)</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>지연 시간</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>프로세서</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>저장소 드라이버</translation>
    </message>
    <message>
        <source>Control groups</source>
        <translation>컨트롤 그룹</translation>
    </message>
    <message>
        <source>v%1, %2</source>
        <translation>v%1, %2</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>%1 (%2 running, %3 paused, %4 stopped)</source>
        <translation>%1개 (실행 %2, 일시 중지 %3, 중지 %4)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Remove node</source>
        <translation>노드 삭제</translation>
    </message>
    <message>
        <source>Remove the node %1 from Gontainer? Its containers keep running; Gontainer only stops showing them.</source>
        <translation>Gontainer에서 노드 %1을(를) 삭제할까요? 컨테이너는 계속 실행되고, Gontainer에 표시되지만 않습니다.</translation>
    </message>
    <message>
        <source>Import Nodes</source>
        <translation>노드 가져오기</translation>
    </message>
    <message>
        <source>Some nodes were not added:</source>
        <translation>일부 노드를 추가하지 못했습니다:</translation>
    </message>
    <message>
        <source>Not answering (%1)</source>
        <translation>응답 없음(%1)</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>Engine build</source>
        <translation>엔진 빌드</translation>
    </message>
    <message>
        <source>Engine ID</source>
        <translation>엔진 ID</translation>
    </message>
    <message>
        <source>Processors and memory</source>
        <translation>프로세서 및 메모리</translation>
    </message>
    <message>
        <source>%1 (not used here: %2)</source>
        <translation>%1 (여기서 사용 안 함: %2)</translation>
    </message>
    <message>
        <source>%1 (failed: %2)</source>
        <translation>%1 (실패: %2)</translation>
    </message>
    <message>
        <source>Storage plugins</source>
        <translation>스토리지 플러그인</translation>
    </message>
    <message>
        <source>Runtimes</source>
        <translation>런타임</translation>
    </message>
    <message>
        <source>%1 (managed by %2: shown, not changed)</source>
        <translation>%1 (%2에서 관리: 표시만 하고 변경하지 않음)</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>닫기</translation>
    </message>
</context>
<context>
    <name>PlayKubeDialog</name>
    <message>
        <source>Play Kube YAML</source>
        <translation>Kube YAML 실행</translation>
    </message>
    <message>
        <source>Makes and starts the pods, containers and volumes the YAML describes (Kubernetes Pod, Deployment, PersistentVolumeClaim and ConfigMap). Open a file or paste the YAML below.</source>
        <translation>YAML에 기술된 포드, 컨테이너, 볼륨을 만들고 시작합니다(Kubernetes Pod, Deployment, PersistentVolumeClaim, ConfigMap). 파일을 열거나 아래에 YAML을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>노드(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Open File…</source>
        <translation>파일 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Play</source>
        <translation>실행(&amp;P)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1을(를) 열지 못했습니다: %2</translation>
    </message>
    <message>
        <source>Open Kube YAML</source>
        <translation>Kube YAML 열기</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML 파일 (*.yaml *.yml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Playing on %1…</source>
        <translation>%1에서 실행하는 중…</translation>
    </message>
</context>
<context>
    <name>PodCommands</name>
    <message>
        <source>The node %1 has no pods: its engine (%2) does not offer them. Pods need a node with Podman.</source>
        <translation>%1 노드에는 포드가 없습니다: 엔진(%2)이 포드를 지원하지 않습니다. 포드를 쓰려면 Podman 노드가 필요합니다.</translation>
    </message>
    <message>
        <source>The node %1 cannot generate or play kube YAML: its engine (%2) does not offer it. Kube YAML needs a node with Podman.</source>
        <translation>%1 노드에서는 kube YAML을 생성하거나 실행할 수 없습니다: 엔진(%2)이 지원하지 않습니다. Kube YAML을 쓰려면 Podman 노드가 필요합니다.</translation>
    </message>
    <message>
        <source>Create a pod</source>
        <translation>포드를 만듭니다</translation>
    </message>
    <message>
        <source>The pod&apos;s name.</source>
        <translation>포드 이름입니다.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Publish a port of the pod: [IP:]HOST:CONTAINER[/PROTOCOL] (repeat for more).</source>
        <translation>포드의 포트를 게시합니다: [IP:]HOST:CONTAINER[/PROTOCOL] (여러 개는 반복해서 지정).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Set a label (repeat for more).</source>
        <translation>레이블을 설정합니다(여러 개는 반복해서 지정).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>The namespaces its containers share, separated by commas: %1.</source>
        <translation>컨테이너들이 공유할 네임스페이스입니다. 쉼표로 구분: %1.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>The pod&apos;s host name.</source>
        <translation>포드의 호스트 이름입니다.</translation>
    </message>
    <message>
        <source>Whether the pod has an infra container to hold the shared namespaces (default: true).</source>
        <translation>공유 네임스페이스를 유지할 infra 컨테이너를 포드에 둘지 여부입니다(기본값: true).</translation>
    </message>
    <message>
        <source>Use: gontainer-cli pod create [NAME | --name NAME] [--publish PORT] [--label KEY=VALUE] [--share LIST]</source>
        <translation>사용법: gontainer-cli pod create [NAME | --name NAME] [--publish PORT] [--label KEY=VALUE] [--share LIST]</translation>
    </message>
    <message>
        <source>--infra takes true or false.</source>
        <translation>--infra에는 true 또는 false를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a namespace to share: use %2.</source>
        <translation>&quot;%1&quot;은(는) 공유할 수 있는 네임스페이스가 아닙니다: %2 중에서 쓰세요.</translation>
    </message>
    <message>
        <source>A pod without an infra container cannot publish ports.</source>
        <translation>infra 컨테이너가 없는 포드는 포트를 게시할 수 없습니다.</translation>
    </message>
    <message>
        <source>Start pods</source>
        <translation>포드를 시작합니다</translation>
    </message>
    <message>
        <source>Stop pods</source>
        <translation>포드를 중지합니다</translation>
    </message>
    <message>
        <source>Restart pods</source>
        <translation>포드를 다시 시작합니다</translation>
    </message>
    <message>
        <source>Pause pods</source>
        <translation>포드를 일시 중지합니다</translation>
    </message>
    <message>
        <source>Unpause pods</source>
        <translation>포드의 일시 중지를 해제합니다</translation>
    </message>
    <message>
        <source>Send a signal to pods&apos; containers</source>
        <translation>포드의 컨테이너에 신호를 보냅니다</translation>
    </message>
    <message>
        <source>Remove pods</source>
        <translation>포드를 삭제합니다</translation>
    </message>
    <message>
        <source>Seconds to wait before killing (default: the containers&apos; own).</source>
        <translation>강제 종료 전까지 기다릴 시간(초)입니다(기본값: 컨테이너 자체 설정).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>The signal to send (default SIGKILL).</source>
        <translation>보낼 시그널입니다(기본값 SIGKILL).</translation>
    </message>
    <message>
        <source>SIGNAL</source>
        <translation>SIGNAL</translation>
    </message>
    <message>
        <source>Stop running containers first, and remove the pod with them.</source>
        <translation>실행 중인 컨테이너를 먼저 중지하고 포드와 함께 삭제합니다.</translation>
    </message>
    <message>
        <source>--time takes a whole number of seconds, 0 or more.</source>
        <translation>--time에는 0 이상의 정수(초)를 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Show pods&apos; full details as JSON</source>
        <translation>포드의 전체 정보를 JSON으로 표시합니다</translation>
    </message>
    <message>
        <source>Show the resource use of pods&apos; containers</source>
        <translation>포드 컨테이너의 자원 사용량을 보여 줍니다</translation>
    </message>
    <message>
        <source>No container of these pods is running.</source>
        <translation>이 포드들에서 실행 중인 컨테이너가 없습니다.</translation>
    </message>
    <message>
        <source>POD</source>
        <translation>POD</translation>
    </message>
    <message>
        <source>CID</source>
        <translation>CID</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>MEM USAGE / LIMIT</source>
        <translation>메모리 사용량 / 한도</translation>
    </message>
    <message>
        <source>MEM %</source>
        <translation>메모리 %</translation>
    </message>
    <message>
        <source>NET IO</source>
        <translation>네트워크 입출력</translation>
    </message>
    <message>
        <source>BLOCK IO</source>
        <translation>디스크 입출력</translation>
    </message>
    <message>
        <source>PIDS</source>
        <translation>프로세스 수</translation>
    </message>
    <message>
        <source>Write kube YAML for pods or containers</source>
        <translation>포드나 컨테이너의 kube YAML을 출력합니다</translation>
    </message>
    <message>
        <source>Write the YAML to this file instead of standard output.</source>
        <translation>YAML을 표준 출력 대신 이 파일에 씁니다.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Create pods and containers from kube YAML (a file, or - for standard input)</source>
        <translation>kube YAML로 포드와 컨테이너를 만듭니다(파일, 또는 표준 입력은 -)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 holds no kube YAML.</source>
        <translation>%1에 kube YAML이 없습니다.</translation>
    </message>
    <message>
        <source>Pod: %1</source>
        <translation>포드: %1</translation>
    </message>
    <message>
        <source>Container: %1</source>
        <translation>컨테이너: %1</translation>
    </message>
</context>
<context>
    <name>PodStatsView</name>
    <message>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Memory %</source>
        <translation>메모리 %</translation>
    </message>
    <message>
        <source>Network I/O</source>
        <translation>네트워크 입출력</translation>
    </message>
    <message>
        <source>Block I/O</source>
        <translation>디스크 입출력</translation>
    </message>
    <message>
        <source>PIDs</source>
        <translation>프로세스 수</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>요청하는 중…</translation>
    </message>
    <message>
        <source>No pod chosen.</source>
        <translation>선택한 포드가 없습니다.</translation>
    </message>
    <message>
        <source>No container of the pod runs.</source>
        <translation>포드에서 실행 중인 컨테이너가 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n second(s).</source>
        <translation>
            <numerusform>%n초마다 갱신.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PodTreeModel</name>
    <message>
        <source>Degraded</source>
        <translation>일부 실행</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>중지됨</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s), besides the infra container</source>
        <translation>
            <numerusform>infra 컨테이너 외 컨테이너 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>No infra container: the pod&apos;s containers share no namespaces</source>
        <translation>infra 컨테이너 없음: 포드의 컨테이너가 네임스페이스를 공유하지 않습니다</translation>
    </message>
    <message>
        <source>The infra container %1 holds the shared namespaces</source>
        <translation>infra 컨테이너 %1이(가) 공유 네임스페이스를 유지합니다</translation>
    </message>
    <message>
        <source>The pod&apos;s containers share these namespaces: %1</source>
        <translation>포드의 컨테이너가 공유하는 네임스페이스: %1</translation>
    </message>
    <message>
        <source>Infra</source>
        <translation>Infra</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>Shared namespaces</source>
        <translation>공유 네임스페이스</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
</context>
<context>
    <name>PodmanApi</name>
    <message>
        <source>pod list</source>
        <translation>포드 목록</translation>
    </message>
    <message>
        <source>pod&apos;s inspect answer</source>
        <translation>포드 상세 정보 응답</translation>
    </message>
    <message>
        <source>create answer</source>
        <translation>생성 응답</translation>
    </message>
    <message>
        <source>prune answer</source>
        <translation>정리 응답</translation>
    </message>
    <message>
        <source>pod stats</source>
        <translation>포드 자원 사용량</translation>
    </message>
    <message>
        <source>kube YAML</source>
        <translation>kube YAML</translation>
    </message>
    <message>
        <source>play kube answer</source>
        <translation>kube 실행 응답</translation>
    </message>
    <message>
        <source>health check answer</source>
        <translation>상태 검사 응답</translation>
    </message>
    <message>
        <source>container list</source>
        <translation>컨테이너 목록</translation>
    </message>
    <message>
        <source>information</source>
        <translation>정보</translation>
    </message>
</context>
<context>
    <name>PodsPage</name>
    <message>
        <source>Pods</source>
        <translation>포드</translation>
    </message>
    <message>
        <source>P&amp;od</source>
        <translation>포드(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Create Pod…</source>
        <translation>포드 만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a pod on a node with pods</source>
        <translation>포드를 지원하는 노드에 포드를 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <source>Start the selected pods and their containers</source>
        <translation>선택한 포드와 그 컨테이너를 시작합니다</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the selected pods and their containers</source>
        <translation>선택한 포드와 그 컨테이너를 중지합니다</translation>
    </message>
    <message>
        <source>&amp;Restart</source>
        <translation>다시 시작(&amp;R)</translation>
    </message>
    <message>
        <source>Restart the selected pods&apos; containers</source>
        <translation>선택한 포드의 컨테이너를 다시 시작합니다</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>일시 중지(&amp;P)</translation>
    </message>
    <message>
        <source>Pause the selected pods&apos; containers</source>
        <translation>선택한 포드의 컨테이너를 일시 중지합니다</translation>
    </message>
    <message>
        <source>&amp;Unpause</source>
        <translation>일시 중지 해제(&amp;U)</translation>
    </message>
    <message>
        <source>Let the selected pods&apos; containers run on</source>
        <translation>선택한 포드 컨테이너의 일시 중지를 해제합니다</translation>
    </message>
    <message>
        <source>&amp;Kill</source>
        <translation>강제 종료(&amp;K)</translation>
    </message>
    <message>
        <source>Kill the selected pods&apos; containers at once (SIGKILL)</source>
        <translation>선택한 포드의 컨테이너를 즉시 강제 종료합니다 (SIGKILL)</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>삭제(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the selected pods with their containers</source>
        <translation>선택한 포드를 컨테이너와 함께 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>상세 정보(&amp;D)</translation>
    </message>
    <message>
        <source>Show the current pod as the engine describes it</source>
        <translation>현재 포드를 엔진이 설명하는 그대로 보여 줍니다</translation>
    </message>
    <message>
        <source>St&amp;ats</source>
        <translation>자원 사용(&amp;A)</translation>
    </message>
    <message>
        <source>Show the resource use of the current pod&apos;s containers</source>
        <translation>현재 포드 컨테이너의 자원 사용량을 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Generate Kube YAML…</source>
        <translation>Kube YAML 생성(&amp;G)…</translation>
    </message>
    <message>
        <source>Show the kube YAML of the selected pods, to save</source>
        <translation>선택한 포드의 kube YAML을 보여 줍니다. 저장할 수 있습니다</translation>
    </message>
    <message>
        <source>P&amp;lay Kube YAML…</source>
        <translation>Kube YAML 실행(&amp;L)…</translation>
    </message>
    <message>
        <source>Make pods and containers from kube YAML on a node</source>
        <translation>노드에서 kube YAML로 포드와 컨테이너를 만듭니다</translation>
    </message>
    <message>
        <source>Search pod and container names</source>
        <translation>포드와 컨테이너 이름 검색</translation>
    </message>
    <message>
        <source>Show the pods of one node</source>
        <translation>한 노드의 포드만 보기</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>자원 사용</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>모든 노드</translation>
    </message>
    <message>
        <source>No pod matches the search.
Clear the search, or choose &quot;All nodes&quot;.</source>
        <translation>검색어에 맞는 포드가 없습니다.
검색어를 지우거나 &quot;모든 노드&quot;를 고르세요.</translation>
    </message>
    <message>
        <source>No node&apos;s engine has pods.</source>
        <translation>포드를 지원하는 엔진이 있는 노드가 없습니다.</translation>
    </message>
    <message>
        <source>No pods yet.
Create one, or play kube YAML onto a node.</source>
        <translation>아직 포드가 없습니다.
포드를 만들거나 노드에서 kube YAML을 실행하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Played kube YAML on %1: %n pod(s), containers %2.</source>
        <translation>
            <numerusform>%1에서 kube YAML을 실행했습니다: 포드 %n개, 컨테이너 %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Some did not start: %1</source>
        <translation>일부가 시작되지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Could not start pod %1 on %2: %3</source>
        <translation>%2에서 포드 %1을(를) 시작하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Could not stop pod %1 on %2: %3</source>
        <translation>%2에서 포드 %1을(를) 중지하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Could not restart pod %1 on %2: %3</source>
        <translation>%2에서 포드 %1을(를) 다시 시작하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Could not pause pod %1 on %2: %3</source>
        <translation>%2에서 포드 %1을(를) 일시 중지하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Could not unpause pod %1 on %2: %3</source>
        <translation>%2에서 포드 %1의 일시 중지를 해제하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Could not kill pod %1 on %2: %3</source>
        <translation>%2에서 포드 %1을(를) 강제 종료하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>• %1 (no containers besides its infra container)</source>
        <translation>• %1 (infra 컨테이너 외에는 컨테이너 없음)</translation>
    </message>
    <message>
        <source>• %1, with its containers: %2</source>
        <translation>• %1, 컨테이너: %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n pod(s) with their containers? Running containers are stopped first. This cannot be undone.</source>
        <translation>
            <numerusform>포드 %n개를 컨테이너와 함께 삭제할까요? 실행 중인 컨테이너는 먼저 중지됩니다. 되돌릴 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Pods</source>
        <translation>포드 삭제</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Could not remove pod %1 on %2: %3</source>
        <translation>%2에서 포드 %1을(를) 삭제하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>Removed pod %1 from %2.</source>
        <translation>%2에서 포드 %1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Created pod %1 on %2.</source>
        <translation>%2에 포드 %1을(를) 만들었습니다.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Start at Login</source>
        <translation>로그인할 때 시작</translation>
    </message>
    <message>
        <source>%1 Check that the folder can be written to.</source>
        <translation>%1 그 폴더에 쓸 수 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>Follow the desktop</source>
        <translation>데스크톱 설정 따르기</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>Closing and starting</source>
        <translation>닫기와 시작</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>창을 닫아도 트레이에서 계속 실행(&amp;K)</translation>
    </message>
    <message>
        <source>The nodes are still watched and problems notified; quit from the tray&apos;s menu</source>
        <translation>노드를 계속 지켜보고 문제를 알려 줍니다. 끝내려면 트레이의 메뉴를 쓰세요</translation>
    </message>
    <message>
        <source>Start &amp;hidden in the tray</source>
        <translation>트레이에 숨긴 채로 시작(&amp;H)</translation>
    </message>
    <message>
        <source>Start Gontainer when I log &amp;in</source>
        <translation>로그인할 때 Gontainer 시작(&amp;I)</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>A container turns &amp;unhealthy</source>
        <translation>컨테이너가 비정상이 될 때(&amp;U)</translation>
    </message>
    <message>
        <source>A container &amp;stops unexpectedly</source>
        <translation>컨테이너가 예기치 않게 멈출 때(&amp;S)</translation>
    </message>
    <message>
        <source>A node goes &amp;offline</source>
        <translation>노드가 오프라인이 될 때(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;For the problems of these nodes:</source>
        <translation>다음 노드의 문제(&amp;F):</translation>
    </message>
    <message>
        <source>Containers and logs</source>
        <translation>컨테이너와 로그</translation>
    </message>
    <message>
        <source>&amp;Default stop timeout:</source>
        <translation>기본 중지 제한 시간(&amp;D):</translation>
    </message>
    <message>
        <source>Each container&apos;s own</source>
        <translation>컨테이너마다의 설정</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation>초</translation>
    </message>
    <message>
        <source>How long Stop and Restart wait for a container to end before killing it</source>
        <translation>중지와 재시작이 컨테이너를 강제로 끝내기 전에 끝나기를 기다리는 시간</translation>
    </message>
    <message>
        <source>Log &amp;buffer (lines):</source>
        <translation>로그 버퍼(줄)(&amp;B):</translation>
    </message>
    <message>
        <source>Each log view keeps at most this many lines; the oldest go when more come. A million lines take about 130 MiB.</source>
        <translation>로그 보기마다 최대 이만큼의 줄을 보관합니다. 더 들어오면 가장 오래된 줄부터 버립니다. 백만 줄은 약 130 MiB를 차지합니다.</translation>
    </message>
    <message>
        <source>Log &amp;memory limit:</source>
        <translation>로그 메모리 한도(&amp;M):</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Each log view keeps at most this much text, whatever the lines</source>
        <translation>줄 수와 관계없이 로그 보기마다 최대 이만큼의 텍스트를 보관합니다</translation>
    </message>
    <message>
        <source>Ask before &amp;removing containers, pods, images, volumes and networks</source>
        <translation>컨테이너, 포드, 이미지, 볼륨, 네트워크를 제거하기 전에 확인(&amp;R)</translation>
    </message>
    <message>
        <source>Removing what is running or used, whole projects, pruning and swarm changes are always confirmed. Without asking, a container&apos;s volumes are kept.</source>
        <translation>실행 중이거나 사용 중인 것의 제거, 프로젝트 전체 제거, 정리와 스웜 변경은 항상 확인합니다. 확인하지 않으면 컨테이너의 볼륨은 남겨 둡니다.</translation>
    </message>
</context>
<context>
    <name>ProblemWatcher</name>
    <message numerus="yes">
        <source>On %1, its health check failed %n time(s) in a row.</source>
        <translation>
            <numerusform>%1에서 상태 확인이 연속 %n번 실패했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check said: %1</source>
        <translation>확인 출력: %1</translation>
    </message>
    <message>
        <source>%1 is unhealthy</source>
        <translation>%1 비정상</translation>
    </message>
    <message>
        <source>On %1, the kernel killed it for lack of memory. Give it a higher memory limit, or find what grows.</source>
        <translation>%1에서 메모리가 부족해 커널이 강제 종료했습니다. 메모리 제한을 늘리거나 무엇이 커지는지 찾아보세요.</translation>
    </message>
    <message>
        <source>On %1, it exited with code %2. Its logs may say why.</source>
        <translation>%1에서 종료 코드 %2로 끝났습니다. 로그에 이유가 있을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 stopped unexpectedly</source>
        <translation>%1이(가) 예기치 않게 멈춤</translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation>%1 오프라인</translation>
    </message>
    <message>
        <source>Gontainer cannot reach it and keeps trying; its containers show as they last were.</source>
        <translation>Gontainer가 연결할 수 없어 계속 다시 시도합니다. 컨테이너는 마지막으로 본 상태로 보입니다.</translation>
    </message>
</context>
<context>
    <name>PruneImagesDialog</name>
    <message>
        <source>Prune Images</source>
        <translation>이미지 정리</translation>
    </message>
    <message>
        <source>Removes images that no container uses, on the nodes checked.</source>
        <translation>선택한 노드에서 어떤 컨테이너도 쓰지 않는 이미지를 삭제합니다.</translation>
    </message>
    <message>
        <source>&amp;Dangling only (no name)</source>
        <translation>이름 없는 이미지만(&amp;D)</translation>
    </message>
    <message>
        <source>Images left without a name, usually by a newer image of the same name</source>
        <translation>이름을 잃은 이미지. 보통 같은 이름의 더 새 이미지 때문에 생깁니다</translation>
    </message>
    <message>
        <source>&amp;All unused</source>
        <translation>사용하지 않는 모든 이미지(&amp;A)</translation>
    </message>
    <message>
        <source>Every image no container uses, named or not</source>
        <translation>이름 유무와 관계없이 어떤 컨테이너도 쓰지 않는 모든 이미지</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>&amp;Prune</source>
        <translation>정리(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s)</source>
        <translation>
            <numerusform>%1: 이미지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;none&gt; (%1)</source>
        <translation>&lt;none&gt; (%1)</translation>
    </message>
    <message>
        <source>Nothing to prune on the nodes checked.</source>
        <translation>선택한 노드에 정리할 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) would go, freeing up to %1 (less where they share layers with images that stay).</source>
        <translation>
            <numerusform>이미지 %n개가 삭제되고 최대 %1을(를) 확보합니다(남는 이미지와 공유하는 레이어가 있으면 그만큼 덜 확보됩니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>Pruning…</source>
        <translation>정리하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n image(s) removed, %2 freed.</source>
        <translation>
            <numerusform>%1: 이미지 %n개 삭제, %2 확보.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Freed %1.</source>
        <translation>%1을(를) 확보했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Freed %1; %n node(s) failed.</source>
        <translation>
            <numerusform>%1을(를) 확보했습니다. 노드 %n개에서 실패했습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PullImageDialog</name>
    <message>
        <source>Pull Image</source>
        <translation>이미지 받아 오기</translation>
    </message>
    <message>
        <source>Push Image</source>
        <translation>이미지 올리기</translation>
    </message>
    <message>
        <source>Downloads an image from its registry onto the nodes checked, with the login saved for that registry, if any.</source>
        <translation>선택한 노드로 레지스트리에서 이미지를 내려받습니다. 그 레지스트리에 저장한 로그인이 있으면 사용합니다.</translation>
    </message>
    <message>
        <source>Uploads the image to the registry its name begins with, with the login saved for that registry, if any.</source>
        <translation>이미지 이름 앞부분의 레지스트리에 이미지를 올립니다. 그 레지스트리에 저장한 로그인이 있으면 사용합니다.</translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation>노드(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>노드(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>이미지(&amp;I):</translation>
    </message>
    <message>
        <source>busybox, nginx:1.27 or registry.example:5000/team/app:1</source>
        <translation>busybox, nginx:1.27 또는 registry.example:5000/team/app:1</translation>
    </message>
    <message>
        <source>&amp;Pull</source>
        <translation>받아 오기(&amp;P)</translation>
    </message>
    <message>
        <source>P&amp;ush</source>
        <translation>올리기(&amp;U)</translation>
    </message>
    <message>
        <source>Pull &amp;This Name</source>
        <translation>이 이름으로 받아 오기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Log In…</source>
        <translation>로그인(&amp;L)…</translation>
    </message>
    <message>
        <source>Check each node that should get the image</source>
        <translation>이미지를 받을 노드를 모두 선택하세요</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image name.</source>
        <translation>&quot;%1&quot;은(는) 이미지 이름이 아닙니다.</translation>
    </message>
    <message>
        <source>Check at least one node.</source>
        <translation>노드를 하나 이상 선택하세요.</translation>
    </message>
    <message>
        <source>Pulling %1…</source>
        <translation>%1 받아 오는 중…</translation>
    </message>
    <message>
        <source>Pushing %1…</source>
        <translation>%1 올리는 중…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Pulled %1 onto %2.</source>
        <translation>%2에 %1을(를) 받아 왔습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Pulled %1 onto %n node(s).</source>
        <translation>
            <numerusform>노드 %n개에 %1을(를) 받아 왔습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pushed %1.</source>
        <translation>%1을(를) 올렸습니다.</translation>
    </message>
    <message>
        <source>Could not pull %1:</source>
        <translation>%1을(를) 받아 오지 못했습니다:</translation>
    </message>
    <message>
        <source>Could not push %1:</source>
        <translation>%1을(를) 올리지 못했습니다:</translation>
    </message>
    <message>
        <source>Registries tried for the short name: %1. Choose a full name to pull instead:</source>
        <translation>짧은 이름으로 시도한 레지스트리: %1. 대신 받아 올 전체 이름을 고르세요:</translation>
    </message>
    <message>
        <source>Pull cancelled.</source>
        <translation>받아 오기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Push cancelled.</source>
        <translation>올리기를 취소했습니다.</translation>
    </message>
    <message>
        <source>%1 requires a login to pull %2.</source>
        <translation>%2을(를) 받아 오려면 %1에 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>%1 requires a login to push %2.</source>
        <translation>%2을(를) 올리려면 %1에 로그인해야 합니다.</translation>
    </message>
    <message>
        <source>The engine of %1 cannot pull images.</source>
        <translation>%1의 엔진은 이미지를 가져올 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>RegistriesDialog</name>
    <message>
        <source>Registries</source>
        <translation>레지스트리</translation>
    </message>
    <message>
        <source>Logins for image registries, used to pull and push. The user names are kept in the settings, the passwords only in the desktop keychain.</source>
        <translation>이미지를 받아 오고 올릴 때 쓰는 레지스트리 로그인입니다. 사용자 이름은 설정에, 비밀번호는 데스크톱 키체인에만 보관합니다.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Log in to a registry; the login is checked before it is saved</source>
        <translation>레지스트리에 로그인합니다. 저장하기 전에 로그인을 확인합니다</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>삭제(&amp;R)</translation>
    </message>
    <message>
        <source>Forget the selected login and its password</source>
        <translation>선택한 로그인과 비밀번호를 지웁니다</translation>
    </message>
    <message>
        <source>No saved logins: images are pulled anonymously.</source>
        <translation>저장한 로그인이 없습니다: 이미지를 익명으로 받아 옵니다.</translation>
    </message>
    <message>
        <source>Saved the login for %1.</source>
        <translation>%1 로그인을 저장했습니다.</translation>
    </message>
    <message>
        <source>Forgetting the login for %1…</source>
        <translation>%1 로그인을 지우는 중…</translation>
    </message>
    <message>
        <source>Forgot the login for %1.</source>
        <translation>%1 로그인을 지웠습니다.</translation>
    </message>
    <message>
        <source>Could not forget the login for %1: %2</source>
        <translation>%1 로그인을 지우지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>RegistryLoginDialog</name>
    <message>
        <source>Log In to a Registry</source>
        <translation>레지스트리에 로그인</translation>
    </message>
    <message>
        <source>docker.io or registry.example:5000</source>
        <translation>docker.io 또는 registry.example:5000</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>레지스트리(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>The login is checked by this node&apos;s engine, which talks to the registry: choose one that can reach it.</source>
        <translation>로그인은 이 노드의 엔진이 레지스트리와 통신해 확인합니다: 레지스트리에 연결할 수 있는 노드를 고르세요.</translation>
    </message>
    <message>
        <source>&amp;Check through:</source>
        <translation>확인할 노드(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Remember this login (the password goes to the keychain)</source>
        <translation>이 로그인 기억(&amp;R) (비밀번호는 키체인에 보관)</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>로그인(&amp;L)</translation>
    </message>
    <message>
        <source>Add a node first: the login is checked through a node&apos;s engine.</source>
        <translation>먼저 노드를 추가하세요: 로그인은 노드의 엔진을 통해 확인합니다.</translation>
    </message>
    <message>
        <source>A registry address has no spaces.</source>
        <translation>레지스트리 주소에는 공백이 없습니다.</translation>
    </message>
    <message>
        <source>That node is gone; choose another.</source>
        <translation>그 노드가 없어졌습니다. 다른 노드를 고르세요.</translation>
    </message>
    <message>
        <source>Asking %1 through %2…</source>
        <translation>%2을(를) 통해 %1에 확인하는 중…</translation>
    </message>
    <message>
        <source>%1 refused the login: %2</source>
        <translation>%1이(가) 로그인을 거부했습니다: %2</translation>
    </message>
    <message>
        <source>The login could not be checked: %1</source>
        <translation>로그인을 확인할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Saving the login…</source>
        <translation>로그인을 저장하는 중…</translation>
    </message>
    <message>
        <source>The registry accepted the login, but it could not be saved: %1</source>
        <translation>레지스트리가 로그인을 받아들였지만 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Clear &quot;Remember this login&quot; to use it this once.</source>
        <translation>이번에만 쓰려면 &quot;이 로그인 기억&quot;을 해제하세요.</translation>
    </message>
</context>
<context>
    <name>ResourceCommands</name>
    <message>
        <source>List volumes</source>
        <translation>볼륨 목록을 보여 줍니다</translation>
    </message>
    <message>
        <source>DRIVER</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <source>VOLUME NAME</source>
        <translation>볼륨 이름</translation>
    </message>
    <message>
        <source>MOUNT POINT</source>
        <translation>마운트 위치</translation>
    </message>
    <message>
        <source>List networks</source>
        <translation>네트워크 목록을 보여 줍니다</translation>
    </message>
    <message>
        <source>NETWORK ID</source>
        <translation>네트워크 ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>SUBNETS</source>
        <translation>서브넷</translation>
    </message>
    <message>
        <source>List pods (Podman)</source>
        <translation>포드 목록을 보여 줍니다 (Podman)</translation>
    </message>
    <message>
        <source>POD ID</source>
        <translation>포드 ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>현황</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>CONTAINERS</source>
        <translation>컨테이너 수</translation>
    </message>
    <message>
        <source>INFRA ID</source>
        <translation>INFRA ID</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>The desktop keychain could not be reached (%1). Gontainer keeps secrets only there: start or unlock your keyring (for example GNOME Keyring or KWallet), then try again.</source>
        <translation>데스크톱 키체인에 연결할 수 없습니다(%1). Gontainer는 비밀 정보를 키체인에만 보관합니다. 키링(GNOME Keyring이나 KWallet 등)을 시작하거나 잠금을 푼 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The desktop keychain refused access (%1): unlock it, then try again.</source>
        <translation>데스크톱 키체인이 접근을 거부했습니다(%1). 잠금을 푼 뒤 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The desktop keychain failed: %1</source>
        <translation>데스크톱 키체인 오류: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Close the details, or clear the search</source>
        <translation>상세 정보 닫기, 또는 검색어 지우기</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Open the details of a container</source>
        <translation>컨테이너 상세 정보 열기</translation>
    </message>
    <message>
        <source>Enter, or double-click</source>
        <translation>Enter 또는 두 번 클릭</translation>
    </message>
    <message>
        <source>Select all containers shown</source>
        <translation>보이는 컨테이너 모두 선택</translation>
    </message>
</context>
<context>
    <name>SpecText</name>
    <message>
        <source>&quot;%1&quot; is not a size: write a number with a unit, such as 512m or 2g.</source>
        <translation>&quot;%1&quot;은(는) 크기가 아닙니다: 512m이나 2g처럼 단위를 붙인 숫자를 쓰세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is out of range.</source>
        <translation>&quot;%1&quot;은(는) 범위를 벗어났습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number of CPUs: write for example 0.5 or 2.</source>
        <translation>&quot;%1&quot;은(는) CPU 개수가 아닙니다: 예를 들어 0.5나 2로 쓰세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: write for example 30s, 1m30s or 500ms.</source>
        <translation>&quot;%1&quot;은(는) 기간이 아닙니다: 예를 들어 30s, 1m30s 또는 500ms로 쓰세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port mapping: write HOST:CONTAINER such as 8080:80, optionally with an address in front (127.0.0.1:8080:80) and /udp behind.</source>
        <translation>&quot;%1&quot;은(는) 포트 매핑이 아닙니다: 8080:80처럼 HOST:CONTAINER 형식으로 쓰고, 필요하면 앞에 주소(127.0.0.1:8080:80)를, 뒤에 /udp를 붙이세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the protocol must be tcp, udp or sctp.</source>
        <translation>&quot;%1&quot;: 프로토콜은 tcp, udp, sctp 중 하나여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the container port must be a number from 1 to 65535.</source>
        <translation>&quot;%1&quot;: 컨테이너 포트는 1에서 65535 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the host port must be a number from 1 to 65535.</source>
        <translation>&quot;%1&quot;: 호스트 포트는 1에서 65535 사이의 숫자여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is not an IP address.</source>
        <translation>&quot;%1&quot;: %2은(는) IP 주소가 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: unknown option %2 (use ro or rw).</source>
        <translation>&quot;%1&quot;: 알 수 없는 옵션 %2입니다(ro 또는 rw를 사용하세요).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the source is empty.</source>
        <translation>&quot;%1&quot;: 소스가 비어 있습니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 is neither an absolute host path nor a volume name.</source>
        <translation>&quot;%1&quot;: %2은(는) 호스트의 절대 경로도, 볼륨 이름도 아닙니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a volume: write SOURCE:TARGET[:ro], such as /srv/data:/data or cache:/cache.</source>
        <translation>&quot;%1&quot;은(는) 볼륨이 아닙니다: /srv/data:/data나 cache:/cache처럼 SOURCE:TARGET[:ro] 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the path in the container must be absolute (start with /).</source>
        <translation>&quot;%1&quot;: 컨테이너 안의 경로는 절대 경로여야 합니다(/로 시작).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an environment variable: write NAME=value, with no spaces in the name.</source>
        <translation>&quot;%1&quot;은(는) 환경 변수가 아닙니다: 이름에 공백 없이 NAME=value 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>%1 has no value here: write %1=value.</source>
        <translation>이 환경에는 %1 값이 없습니다: %1=value 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the retry count must be a whole number.</source>
        <translation>&quot;%1&quot;: 재시도 횟수는 정수여야 합니다.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a restart policy: use no, always, unless-stopped or on-failure[:N].</source>
        <translation>&quot;%1&quot;은(는) 다시 시작 정책이 아닙니다: no, always, unless-stopped, on-failure[:N] 중 하나를 사용하세요.</translation>
    </message>
</context>
<context>
    <name>SshConnection</name>
    <message>
        <source>the ssh program could not be started (%1); install OpenSSH&apos;s client</source>
        <translation>ssh 프로그램을 시작할 수 없습니다(%1). OpenSSH 클라이언트를 설치하세요</translation>
    </message>
    <message>
        <source>ssh exited with code %1</source>
        <translation>ssh가 코드 %1(으)로 종료됨</translation>
    </message>
    <message>
        <source>the SSH login was closed</source>
        <translation>SSH 로그인 세션이 닫혔습니다</translation>
    </message>
    <message>
        <source>the SSH forward closed</source>
        <translation>SSH 포워딩이 닫혔습니다</translation>
    </message>
</context>
<context>
    <name>SshMaster</name>
    <message>
        <source>cannot make a private folder for SSH</source>
        <translation>SSH용 비공개 폴더를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>the ssh program could not be started (%1); install OpenSSH&apos;s client</source>
        <translation>ssh 프로그램을 시작할 수 없습니다(%1). OpenSSH 클라이언트를 설치하세요</translation>
    </message>
    <message>
        <source>ssh did not log in within %1 s</source>
        <translation>ssh가 %1초 안에 로그인하지 못했습니다</translation>
    </message>
    <message>
        <source>ssh exited with code %1</source>
        <translation>ssh가 코드 %1(으)로 종료됨</translation>
    </message>
</context>
<context>
    <name>StackRemover</name>
    <message>
        <source>cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StatsCharts</name>
    <message>
        <source>CPU (% of one CPU)</source>
        <translation>CPU (CPU 1개 기준 %)</translation>
    </message>
    <message>
        <source>Memory (MiB)</source>
        <translation>메모리 (MiB)</translation>
    </message>
    <message>
        <source>Network (KiB/s)</source>
        <translation>네트워크 (KiB/s)</translation>
    </message>
    <message>
        <source>received</source>
        <translation>받음</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Disk (KiB/s)</source>
        <translation>디스크 (KiB/s)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>읽기</translation>
    </message>
    <message>
        <source>written</source>
        <translation>쓰기</translation>
    </message>
    <message>
        <source>Resource use shows here while the container runs.</source>
        <translation>컨테이너가 실행 중일 때 자원 사용량이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>CPU %1 % · memory %2</source>
        <translation>CPU %1 % · 메모리 %2</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>(최대 %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n process(es)</source>
        <translation>
            <numerusform>프로세스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Network: not measured for this container</source>
        <translation>네트워크: 이 컨테이너는 측정하지 않음</translation>
    </message>
</context>
<context>
    <name>StreamCommands</name>
    <message>
        <source>&quot;%1&quot; is neither a time (2024-05-01T10:00:00Z) nor a duration (10m).</source>
        <translation>&quot;%1&quot;은(는) 시각(2024-05-01T10:00:00Z)도 기간(10m)도 아닙니다.</translation>
    </message>
    <message>
        <source>Show containers&apos; output; several (or --all-nodes, --filter) merged by time</source>
        <translation>컨테이너 출력을 표시합니다. 여러 개(또는 --all-nodes, --filter)는 시간순으로 합칩니다</translation>
    </message>
    <message>
        <source>Keep following.</source>
        <translation>새 출력을 계속 표시합니다.</translation>
    </message>
    <message>
        <source>Only the last N lines.</source>
        <translation>마지막 N줄만 표시합니다.</translation>
    </message>
    <message>
        <source>Prefix each line with its time.</source>
        <translation>각 줄 앞에 시각을 붙입니다.</translation>
    </message>
    <message>
        <source>Only lines since a time or a duration ago (10m).</source>
        <translation>특정 시각 또는 일정 시간(10m) 전 이후의 줄만 표시합니다.</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>Only lines until a time or a duration ago.</source>
        <translation>특정 시각 또는 일정 시간 전까지의 줄만 표시합니다.</translation>
    </message>
    <message>
        <source>Look for the containers on every node the app shows.</source>
        <translation>앱에 표시되는 모든 노드에서 컨테이너를 찾습니다.</translation>
    </message>
    <message>
        <source>Every container that matches: name=PART, label=KEY or label=KEY=VALUE. Several containers are merged by time, each line prefixed with its container (and node).</source>
        <translation>일치하는 모든 컨테이너: name=PART, label=KEY 또는 label=KEY=VALUE. 여러 컨테이너는 시간순으로 합치고, 각 줄 앞에 컨테이너(와 노드)를 붙입니다.</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <source>Unknown filter %1: use name=PART, label=KEY or label=KEY=VALUE.</source>
        <translation>알 수 없는 필터 %1: name=PART, label=KEY 또는 label=KEY=VALUE를 사용하세요.</translation>
    </message>
    <message>
        <source>--tail takes a whole number of lines.</source>
        <translation>--tail에는 줄 수를 정수로 지정해야 합니다.</translation>
    </message>
    <message>
        <source>Follow events until Ctrl+C</source>
        <translation>Ctrl+C를 누를 때까지 이벤트를 따라갑니다</translation>
    </message>
    <message>
        <source>Only events of this kind: container, image, volume, network, pod.</source>
        <translation>이 종류의 이벤트만 보여 줍니다: container, image, volume, network, pod.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Only events that match: container=NAME, label=KEY[=VALUE], event=ACTION.</source>
        <translation>조건에 맞는 이벤트만 보여 줍니다: container=NAME, label=KEY[=VALUE], event=ACTION.</translation>
    </message>
    <message>
        <source>Replay events since a time or a duration ago first.</source>
        <translation>먼저 지정한 시각(또는 그만큼 이전)부터의 이벤트를 다시 보여 줍니다.</translation>
    </message>
    <message>
        <source>Follow every node the app shows, each line with its node.</source>
        <translation>앱에 보이는 모든 노드를 따라가며 줄마다 노드를 표시합니다.</translation>
    </message>
    <message>
        <source>Unknown filter %1: use container=, label=, event= or type=.</source>
        <translation>알 수 없는 필터입니다: %1. container=, label=, event=, type= 중 하나를 쓰세요.</translation>
    </message>
    <message>
        <source>Show containers&apos; CPU, memory, network and disk use</source>
        <translation>컨테이너의 CPU, 메모리, 네트워크, 디스크 사용량을 보여 줍니다</translation>
    </message>
    <message>
        <source>Print one sample of each and stop.</source>
        <translation>컨테이너마다 한 번씩만 측정해 출력하고 멈춥니다.</translation>
    </message>
    <message>
        <source>CONTAINER</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>MEM USAGE / LIMIT</source>
        <translation>메모리 사용량 / 한도</translation>
    </message>
    <message>
        <source>MEM %</source>
        <translation>메모리 %</translation>
    </message>
    <message>
        <source>NET I/O</source>
        <translation>네트워크 입출력</translation>
    </message>
    <message>
        <source>BLOCK I/O</source>
        <translation>디스크 입출력</translation>
    </message>
    <message>
        <source>PIDS</source>
        <translation>프로세스 수</translation>
    </message>
    <message>
        <source>Node %1 is not answering; waiting for it to come back (Ctrl+C to stop)…</source>
        <translation>노드 %1이(가) 응답하지 않습니다. 다시 응답할 때까지 기다립니다(중지: Ctrl+C)…</translation>
    </message>
    <message>
        <source>Node %1 is back; following the log again.</source>
        <translation>노드 %1이(가) 돌아왔습니다. 로그를 다시 따라갑니다.</translation>
    </message>
</context>
<context>
    <name>SwarmCommands</name>
    <message>
        <source>No service %1.</source>
        <translation>서비스 %1이(가) 없습니다.</translation>
    </message>
    <message>
        <source>%1 names more than one service: give more of its id.</source>
        <translation>%1에 해당하는 서비스가 여럿입니다. ID를 더 길게 주십시오.</translation>
    </message>
    <message>
        <source>Where the node stands in a swarm, and the swarm where it is a manager</source>
        <translation>노드의 스웜 참여 상태, 그리고 매니저라면 스웜 자체</translation>
    </message>
    <message>
        <source>Show the join tokens too (a manager&apos;s).</source>
        <translation>참여 토큰도 보여 줍니다(매니저에서).</translation>
    </message>
    <message>
        <source>Swarm: %1</source>
        <translation>스웜: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>오류: %1</translation>
    </message>
    <message>
        <source>Node ID: %1</source>
        <translation>노드 ID: %1</translation>
    </message>
    <message>
        <source>Node address: %1</source>
        <translation>노드 주소: %1</translation>
    </message>
    <message>
        <source>Manager: %1</source>
        <translation>매니저: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>Manager addresses: %1</source>
        <translation>매니저 주소: %1</translation>
    </message>
    <message>
        <source>Only a manager shows the swarm&apos;s nodes, services and tokens: ask one of the managers above.</source>
        <translation>스웜의 노드, 서비스, 토큰은 매니저만 보여 줍니다. 위의 매니저 중 하나에 물어보십시오.</translation>
    </message>
    <message>
        <source>Cluster ID: %1</source>
        <translation>클러스터 ID: %1</translation>
    </message>
    <message>
        <source>Cluster name: %1</source>
        <translation>클러스터 이름: %1</translation>
    </message>
    <message>
        <source>Nodes: %1 (%2 managers)</source>
        <translation>노드: %1개(매니저 %2개)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>생성: %1</translation>
    </message>
    <message>
        <source>Heartbeat: %1 s</source>
        <translation>하트비트: %1초</translation>
    </message>
    <message>
        <source>Worker join token: %1</source>
        <translation>워커 참여 토큰: %1</translation>
    </message>
    <message>
        <source>Manager join token: %1</source>
        <translation>매니저 참여 토큰: %1</translation>
    </message>
    <message>
        <source>List the swarm&apos;s machines (a manager&apos;s)</source>
        <translation>스웜의 머신 목록(매니저에서)</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>HOSTNAME</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>현황</translation>
    </message>
    <message>
        <source>AVAILABILITY</source>
        <translation>가용성</translation>
    </message>
    <message>
        <source>MANAGER STATUS</source>
        <translation>매니저 현황</translation>
    </message>
    <message>
        <source>ENGINE VERSION</source>
        <translation>엔진 버전</translation>
    </message>
    <message>
        <source>List the swarm&apos;s services (a manager&apos;s)</source>
        <translation>스웜의 서비스 목록(매니저에서)</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>REPLICAS</source>
        <translation>복제본</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>PORTS</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>List a service&apos;s tasks, with the machine of each</source>
        <translation>서비스의 태스크 목록과 각 태스크의 머신</translation>
    </message>
    <message>
        <source>NODE</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>DESIRED STATE</source>
        <translation>목표 상태</translation>
    </message>
    <message>
        <source>CURRENT STATE</source>
        <translation>현재 상태</translation>
    </message>
    <message>
        <source>ERROR</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Set how many replicas services run</source>
        <translation>서비스가 실행할 복제본 수를 정합니다</translation>
    </message>
    <message>
        <source>%1 is not SERVICE=REPLICAS (a number, 0 or more).</source>
        <translation>%1은(는) SERVICE=REPLICAS(0 이상의 수) 형식이 아닙니다.</translation>
    </message>
    <message>
        <source>%1 scaled to %2</source>
        <translation>%1의 복제본을 %2개로 바꿨습니다</translation>
    </message>
    <message>
        <source>Give a service another image: the swarm rolls it through its tasks</source>
        <translation>서비스에 다른 이미지를 줍니다. 스웜이 태스크를 차례로 바꿉니다</translation>
    </message>
    <message>
        <source>The image the tasks run from now on.</source>
        <translation>앞으로 태스크가 실행할 이미지.</translation>
    </message>
    <message>
        <source>Use: gontainer-cli service update --image IMAGE SERVICE</source>
        <translation>사용법: gontainer-cli service update --image IMAGE SERVICE</translation>
    </message>
    <message>
        <source>%1 is being updated: follow it with gontainer-cli service ps %1</source>
        <translation>%1을(를) 업데이트하는 중입니다. gontainer-cli service ps %1로 지켜보십시오</translation>
    </message>
    <message>
        <source>Take a service back to what it was before its last update</source>
        <translation>서비스를 마지막 업데이트 전으로 되돌립니다</translation>
    </message>
    <message>
        <source>%1 is being rolled back</source>
        <translation>%1을(를) 되돌리는 중입니다</translation>
    </message>
    <message>
        <source>Remove services and their tasks</source>
        <translation>서비스와 그 태스크를 제거합니다</translation>
    </message>
    <message>
        <source>List stacks: services grouped by their stack label</source>
        <translation>스택 목록: 스택 레이블로 묶은 서비스</translation>
    </message>
    <message>
        <source>SERVICES</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>List the swarm&apos;s secrets (never their data)</source>
        <translation>스웜의 시크릿 목록(내용은 보여 주지 않음)</translation>
    </message>
    <message>
        <source>List the swarm&apos;s configs</source>
        <translation>스웜의 구성 목록</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>생성 시각</translation>
    </message>
    <message>
        <source>UPDATED</source>
        <translation>변경 시각</translation>
    </message>
    <message>
        <source>Create a secret from a file, or - for standard input</source>
        <translation>파일(표준 입력은 -)에서 시크릿을 만듭니다</translation>
    </message>
    <message>
        <source>Create a config from a file, or - for standard input</source>
        <translation>파일(표준 입력은 -)에서 구성을 만듭니다</translation>
    </message>
    <message>
        <source>Set a label (repeat for more).</source>
        <translation>레이블을 정합니다(여러 개면 반복).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Use: gontainer-cli %1 create NAME FILE (or - for standard input) [--label KEY=VALUE]</source>
        <translation>사용법: gontainer-cli %1 create NAME FILE(표준 입력은 -) [--label KEY=VALUE]</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is empty: a %2 needs some content.</source>
        <translation>%1이(가) 비어 있습니다. %2에는 내용이 있어야 합니다.</translation>
    </message>
    <message>
        <source>Remove secrets</source>
        <translation>시크릿을 제거합니다</translation>
    </message>
    <message>
        <source>Remove configs</source>
        <translation>구성을 제거합니다</translation>
    </message>
    <message>
        <source>Print the merged log of a service&apos;s tasks, each line with its task and machine</source>
        <translation>서비스 작업들의 로그를 합쳐 출력합니다. 줄마다 작업과 머신을 표시합니다</translation>
    </message>
    <message>
        <source>Keep printing new lines until Ctrl+C.</source>
        <translation>Ctrl+C를 누를 때까지 새 줄을 계속 출력합니다.</translation>
    </message>
    <message>
        <source>Show when each line was logged.</source>
        <translation>각 줄이 기록된 시각을 표시합니다.</translation>
    </message>
    <message>
        <source>Only the last N lines of each task.</source>
        <translation>작업마다 마지막 N줄만.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--tail takes a number of lines: %1</source>
        <translation>--tail에는 줄 수를 주세요: %1</translation>
    </message>
    <message>
        <source>Remove stacks: their services, then secrets, configs and networks</source>
        <translation>스택 제거: 서비스, 그다음 시크릿, 컨피그, 네트워크</translation>
    </message>
    <message>
        <source>No stack named %1: no service, network, secret or config carries its label.</source>
        <translation>%1 스택이 없습니다: 그 레이블을 가진 서비스, 네트워크, 시크릿, 컨피그가 없습니다.</translation>
    </message>
    <message>
        <source>Removed service %1</source>
        <translation>서비스 %1 제거함</translation>
    </message>
    <message>
        <source>Removed secret %1</source>
        <translation>시크릿 %1 제거함</translation>
    </message>
    <message>
        <source>Removed config %1</source>
        <translation>컨피그 %1 제거함</translation>
    </message>
    <message>
        <source>Removed network %1</source>
        <translation>네트워크 %1 제거함</translation>
    </message>
</context>
<context>
    <name>SwarmNodeModel</name>
    <message>
        <source>Manager</source>
        <translation>매니저</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>활성</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>일시 중지됨</translation>
    </message>
    <message>
        <source>Drained</source>
        <translation>비워짐</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>다운</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>연결 끊김</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>리더</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>도달 가능</translation>
    </message>
    <message>
        <source>Unreachable</source>
        <translation>도달 불가</translation>
    </message>
    <message>
        <source>%1
Also the configured node &quot;%2&quot;</source>
        <translation>%1
설정된 노드 &quot;%2&quot;이기도 함</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>가용성</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Manager Status</source>
        <translation>매니저 상태</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
</context>
<context>
    <name>SwarmPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n일</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n시간</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n초</numerusform>
        </translation>
    </message>
    <message>
        <source>Swarm</source>
        <translation>스웜</translation>
    </message>
    <message>
        <source>S&amp;warm</source>
        <translation>스웜(&amp;W)</translation>
    </message>
    <message>
        <source>Show &amp;Join Tokens</source>
        <translation>참가 토큰 표시(&amp;J)</translation>
    </message>
    <message>
        <source>Show the join tokens in full</source>
        <translation>참가 토큰을 전부 표시합니다</translation>
    </message>
    <message>
        <source>Copy &amp;Worker Join Command</source>
        <translation>워커 참가 명령 복사(&amp;W)</translation>
    </message>
    <message>
        <source>Copy the command that joins another machine as a worker</source>
        <translation>다른 머신을 워커로 참가시키는 명령을 복사합니다</translation>
    </message>
    <message>
        <source>Copy &amp;Manager Join Command</source>
        <translation>매니저 참가 명령 복사(&amp;M)</translation>
    </message>
    <message>
        <source>Copy the command that joins another machine as a manager</source>
        <translation>다른 머신을 매니저로 참가시키는 명령을 복사합니다</translation>
    </message>
    <message>
        <source>Rotate W&amp;orker Token…</source>
        <translation>워커 토큰 교체(&amp;O)…</translation>
    </message>
    <message>
        <source>Make a new worker join token; the old one stops working</source>
        <translation>새 워커 참가 토큰을 만듭니다. 이전 토큰은 더 이상 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Make a new manager join token; the old one stops working</source>
        <translation>새 매니저 참가 토큰을 만듭니다. 이전 토큰은 더 이상 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>&amp;Promote to Manager</source>
        <translation>매니저로 승격(&amp;P)</translation>
    </message>
    <message>
        <source>Make the selected nodes managers</source>
        <translation>선택한 노드를 매니저로 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Demote to Worker</source>
        <translation>워커로 강등(&amp;D)</translation>
    </message>
    <message>
        <source>Make the selected managers workers</source>
        <translation>선택한 매니저를 워커로 만듭니다</translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation>활성화(&amp;A)</translation>
    </message>
    <message>
        <source>Let the selected nodes take new tasks again</source>
        <translation>선택한 노드가 다시 새 작업을 받게 합니다</translation>
    </message>
    <message>
        <source>Pa&amp;use</source>
        <translation>일시 중지(&amp;U)</translation>
    </message>
    <message>
        <source>Give the selected nodes no new tasks; their tasks run on</source>
        <translation>선택한 노드에 새 작업을 주지 않습니다. 실행 중인 작업은 계속됩니다</translation>
    </message>
    <message>
        <source>D&amp;rain</source>
        <translation>비우기(&amp;R)</translation>
    </message>
    <message>
        <source>Move every task away from the selected nodes</source>
        <translation>선택한 노드의 모든 작업을 다른 노드로 옮깁니다</translation>
    </message>
    <message>
        <source>Remove &amp;Node…</source>
        <translation>노드 제거(&amp;N)…</translation>
    </message>
    <message>
        <source>Remove the selected nodes from the swarm</source>
        <translation>선택한 노드를 스웜에서 제거합니다</translation>
    </message>
    <message>
        <source>&amp;Scale…</source>
        <translation>규모 조정(&amp;S)…</translation>
    </message>
    <message>
        <source>Change how many tasks the current service runs</source>
        <translation>현재 서비스가 실행할 작업 수를 바꿉니다</translation>
    </message>
    <message>
        <source>Update &amp;Image…</source>
        <translation>이미지 업데이트(&amp;I)…</translation>
    </message>
    <message>
        <source>Roll another image through the current service&apos;s tasks</source>
        <translation>현재 서비스의 작업을 다른 이미지로 차례로 바꿉니다</translation>
    </message>
    <message>
        <source>Roll &amp;Back</source>
        <translation>롤백(&amp;B)</translation>
    </message>
    <message>
        <source>Return the current service to its spec before the last update</source>
        <translation>현재 서비스를 마지막 업데이트 전의 명세로 되돌립니다</translation>
    </message>
    <message>
        <source>Remove Ser&amp;vice…</source>
        <translation>서비스 제거(&amp;V)…</translation>
    </message>
    <message>
        <source>Remove the selected services and their tasks</source>
        <translation>선택한 서비스와 그 작업을 제거합니다</translation>
    </message>
    <message>
        <source>Remove the selected secrets and configs</source>
        <translation>선택한 시크릿과 구성을 제거합니다</translation>
    </message>
    <message>
        <source>&amp;Node:</source>
        <translation>노드(&amp;N):</translation>
    </message>
    <message>
        <source>The configured node whose swarm is shown</source>
        <translation>스웜을 보여 줄 설정된 노드</translation>
    </message>
    <message>
        <source>Search nodes, services, stacks and secrets</source>
        <translation>노드, 서비스, 스택, 시크릿 검색</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>개요(&amp;O)</translation>
    </message>
    <message>
        <source>Ser&amp;vices</source>
        <translation>서비스(&amp;V)</translation>
    </message>
    <message>
        <source>Secrets &amp;&amp; &amp;Configs</source>
        <translation>시크릿 &amp;&amp; 구성(&amp;C)</translation>
    </message>
    <message>
        <source>Cluster:</source>
        <translation>클러스터:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>생성:</translation>
    </message>
    <message>
        <source>Nodes:</source>
        <translation>노드:</translation>
    </message>
    <message>
        <source>This node:</source>
        <translation>이 노드:</translation>
    </message>
    <message>
        <source>Raft:</source>
        <translation>Raft:</translation>
    </message>
    <message>
        <source>Heartbeat:</source>
        <translation>하트비트:</translation>
    </message>
    <message>
        <source>Task history:</source>
        <translation>작업 기록:</translation>
    </message>
    <message>
        <source>Certificates:</source>
        <translation>인증서:</translation>
    </message>
    <message>
        <source>Autolock:</source>
        <translation>자동 잠금:</translation>
    </message>
    <message>
        <source>Address pool:</source>
        <translation>주소 풀:</translation>
    </message>
    <message>
        <source>Join tokens</source>
        <translation>참가 토큰</translation>
    </message>
    <message>
        <source>Worker:</source>
        <translation>워커:</translation>
    </message>
    <message>
        <source>Manager:</source>
        <translation>매니저:</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>매니저</translation>
    </message>
    <message>
        <source>worker</source>
        <translation>워커</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No configured node is in a Docker swarm.
A node whose engine is a swarm&apos;s manager shows the cluster here.</source>
        <translation>Docker 스웜에 속한 설정된 노드가 없습니다.
엔진이 스웜 매니저인 노드를 추가하면 여기에 클러스터가 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 is a worker of a swarm: only managers can show the cluster.
Add one of its managers (%2) as a node to see it.</source>
        <translation>%1은(는) 스웜의 워커입니다. 클러스터는 매니저만 보여 줄 수 있습니다.
보려면 매니저(%2) 중 하나를 노드로 추가하세요.</translation>
    </message>
    <message>
        <source>Not current: %1</source>
        <translation>최신 정보 아님: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cluster %1: %n node(s)</source>
        <translation>
            <numerusform>클러스터 %1: 노드 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n manager(s), </source>
        <translation>
            <numerusform>매니저 %n개, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n worker(s)</source>
        <translation>
            <numerusform>워커 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not ready</source>
        <translation>
            <numerusform>%n개 준비 안 됨</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>election every %1 ticks, heartbeat every %2, snapshot every %3 entries</source>
        <translation>선출 %1틱마다, 하트비트 %2틱마다, 스냅숏 %3항목마다</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) kept per slot</source>
        <translation>
            <numerusform>슬롯마다 작업 %n개 보관</numerusform>
        </translation>
    </message>
    <message>
        <source>renewed every %1</source>
        <translation>%1마다 갱신</translation>
    </message>
    <message>
        <source>on: a restarted manager needs the unlock key</source>
        <translation>켜짐: 다시 시작한 매니저는 잠금 해제 키가 필요합니다</translation>
    </message>
    <message>
        <source>off</source>
        <translation>꺼짐</translation>
    </message>
    <message>
        <source>%1, /%2 per network</source>
        <translation>%1, 네트워크마다 /%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Copied the command that joins a manager.</source>
        <translation>매니저 참가 명령을 복사했습니다.</translation>
    </message>
    <message>
        <source>Copied the command that joins a worker.</source>
        <translation>워커 참가 명령을 복사했습니다.</translation>
    </message>
    <message>
        <source>Rotate Join Token</source>
        <translation>참가 토큰 교체</translation>
    </message>
    <message>
        <source>Make a new manager join token?</source>
        <translation>새 매니저 참가 토큰을 만들까요?</translation>
    </message>
    <message>
        <source>Make a new worker join token?</source>
        <translation>새 워커 참가 토큰을 만들까요?</translation>
    </message>
    <message>
        <source>The current token stops working: machines that have not joined yet need the new one. Machines already in the swarm are not affected.</source>
        <translation>지금 토큰은 더 이상 쓸 수 없게 됩니다. 아직 참가하지 않은 머신은 새 토큰이 필요합니다. 이미 스웜에 있는 머신은 영향을 받지 않습니다.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>교체</translation>
    </message>
    <message>
        <source>Rotating the join token…</source>
        <translation>참가 토큰을 교체하는 중…</translation>
    </message>
    <message>
        <source>Made a new join token.</source>
        <translation>새 참가 토큰을 만들었습니다.</translation>
    </message>
    <message>
        <source>Could not rotate the join token</source>
        <translation>참가 토큰을 교체하지 못했습니다</translation>
    </message>
    <message>
        <source>Promoting %1…</source>
        <translation>%1 승격 중…</translation>
    </message>
    <message>
        <source>Demoting %1…</source>
        <translation>%1 강등 중…</translation>
    </message>
    <message>
        <source>Activating %1…</source>
        <translation>%1 활성화 중…</translation>
    </message>
    <message>
        <source>Pausing %1…</source>
        <translation>%1 일시 중지 중…</translation>
    </message>
    <message>
        <source>Draining %1…</source>
        <translation>%1 비우는 중…</translation>
    </message>
    <message>
        <source>Drain Node</source>
        <translation>노드 비우기</translation>
    </message>
    <message>
        <source>Drain %1?</source>
        <translation>%1을(를) 비울까요?</translation>
    </message>
    <message>
        <source>Its tasks stop there and start on other nodes; it takes no new ones until it is activated again.</source>
        <translation>이 노드의 작업은 멈추고 다른 노드에서 시작됩니다. 다시 활성화할 때까지 새 작업을 받지 않습니다.</translation>
    </message>
    <message>
        <source>Drain</source>
        <translation>비우기</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: 완료.</translation>
    </message>
    <message>
        <source>Could not change %1</source>
        <translation>%1을(를) 바꾸지 못했습니다</translation>
    </message>
    <message>
        <source>The node is up: it must leave the swarm itself first (docker swarm leave on it), or be removed by force, which leaves its engine thinking it is still in the swarm.</source>
        <translation>노드가 켜져 있습니다. 먼저 노드에서 직접 스웜을 떠나야 합니다(그 노드에서 docker swarm leave). 아니면 강제로 제거할 수 있지만, 그러면 그 엔진은 여전히 스웜에 있다고 여깁니다.</translation>
    </message>
    <message>
        <source>The node is down. Its tasks are already placed elsewhere.</source>
        <translation>노드가 다운 상태입니다. 작업은 이미 다른 곳에 배치되었습니다.</translation>
    </message>
    <message>
        <source>It is a manager: demote it first where you can, or the swarm may lose its quorum.</source>
        <translation>매니저입니다. 가능하면 먼저 강등하세요. 그러지 않으면 스웜이 쿼럼을 잃을 수 있습니다.</translation>
    </message>
    <message>
        <source>Remove Node</source>
        <translation>노드 제거</translation>
    </message>
    <message>
        <source>Remove %1 from the swarm?</source>
        <translation>%1을(를) 스웜에서 제거할까요?</translation>
    </message>
    <message>
        <source>Remove by Force</source>
        <translation>강제로 제거</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Removing %1 from the swarm…</source>
        <translation>%1을(를) 스웜에서 제거하는 중…</translation>
    </message>
    <message>
        <source>Removed %1 from the swarm.</source>
        <translation>%1을(를) 스웜에서 제거했습니다.</translation>
    </message>
    <message>
        <source>Could not remove %1</source>
        <translation>%1을(를) 제거하지 못했습니다</translation>
    </message>
    <message>
        <source>Tasks of %1</source>
        <translation>%1의 작업</translation>
    </message>
    <message>
        <source>Choose a service to see its tasks.</source>
        <translation>작업을 보려면 서비스를 고르세요.</translation>
    </message>
    <message>
        <source>Scale Service</source>
        <translation>서비스 규모 조정</translation>
    </message>
    <message>
        <source>Tasks of %1 to run:</source>
        <translation>%1에서 실행할 작업 수:</translation>
    </message>
    <message numerus="yes">
        <source>Scaling %1 to %n task(s)…</source>
        <translation>
            <numerusform>%1을(를) 작업 %n개로 조정하는 중…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scaled %1 to %n task(s).</source>
        <translation>
            <numerusform>%1을(를) 작업 %n개로 조정했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not scale %1</source>
        <translation>%1의 규모를 조정하지 못했습니다</translation>
    </message>
    <message>
        <source>Update Image</source>
        <translation>이미지 업데이트</translation>
    </message>
    <message>
        <source>Image for the tasks of %1:</source>
        <translation>%1의 작업에 쓸 이미지:</translation>
    </message>
    <message>
        <source>Updating %1 to %2…</source>
        <translation>%1을(를) %2(으)로 업데이트하는 중…</translation>
    </message>
    <message>
        <source>%1 is rolling to %2: the Update column follows it.</source>
        <translation>%1이(가) %2(으)로 바뀌는 중입니다. 업데이트 열에서 진행을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Could not update %1</source>
        <translation>%1을(를) 업데이트하지 못했습니다</translation>
    </message>
    <message>
        <source>Roll Back Service</source>
        <translation>서비스 롤백</translation>
    </message>
    <message>
        <source>Roll %1 back?</source>
        <translation>%1을(를) 롤백할까요?</translation>
    </message>
    <message>
        <source>Its tasks are replaced with ones of the spec before its last update.</source>
        <translation>작업이 마지막 업데이트 전 명세의 작업으로 바뀝니다.</translation>
    </message>
    <message>
        <source>Roll Back</source>
        <translation>롤백</translation>
    </message>
    <message>
        <source>Rolling %1 back…</source>
        <translation>%1을(를) 롤백하는 중…</translation>
    </message>
    <message>
        <source>%1 is rolling back: the Update column follows it.</source>
        <translation>%1을(를) 롤백하는 중입니다. 업데이트 열에서 진행을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Could not roll %1 back</source>
        <translation>%1을(를) 롤백하지 못했습니다</translation>
    </message>
    <message>
        <source>Remove Service</source>
        <translation>서비스 제거</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n service(s)?</source>
        <translation>
            <numerusform>서비스 %n개를 제거할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Their tasks stop on every node.</source>
        <translation>%1
모든 노드에서 작업이 멈춥니다.</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 제거 중…</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <source>Remove Secret or Config</source>
        <translation>시크릿 또는 구성 제거</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n secret(s) or config(s)?</source>
        <translation>
            <numerusform>시크릿 또는 구성 %n개를 제거할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
The swarm refuses to remove one that a service still uses.</source>
        <translation>%1
서비스가 아직 쓰는 것은 스웜이 제거를 거부합니다.</translation>
    </message>
    <message>
        <source>The task runs on %1, which is not a configured node: add it in Nodes to see its containers.</source>
        <translation>이 작업은 설정된 노드가 아닌 %1에서 실행됩니다. 컨테이너를 보려면 노드에서 추가하세요.</translation>
    </message>
    <message>
        <source>No&amp;des</source>
        <translation>노드(&amp;D)</translation>
    </message>
    <message>
        <source>Service &amp;Logs</source>
        <translation>서비스 로그(&amp;L)</translation>
    </message>
    <message>
        <source>Show the merged log of the current service&apos;s tasks</source>
        <translation>현재 서비스 작업들의 로그를 합쳐 보여 줍니다</translation>
    </message>
    <message>
        <source>&amp;Create Secret or Config…</source>
        <translation>시크릿 또는 구성 만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>Add a secret or a config to the swarm</source>
        <translation>스웜에 시크릿이나 구성을 추가합니다</translation>
    </message>
    <message>
        <source>Created the secret %1.</source>
        <translation>시크릿 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Created the config %1.</source>
        <translation>구성 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Create Servic&amp;e…</source>
        <translation>서비스 만들기(&amp;E)…</translation>
    </message>
    <message>
        <source>Run a new service on the swarm</source>
        <translation>스웜에서 새 서비스를 실행합니다</translation>
    </message>
    <message>
        <source>Created the service %1: its tasks are starting.</source>
        <translation>서비스 %1을(를) 만들었습니다. 작업이 시작되는 중입니다.</translation>
    </message>
    <message>
        <source>Rotate Mana&amp;ger Token…</source>
        <translation>매니저 토큰 교체(&amp;G)…</translation>
    </message>
    <message>
        <source>Remove Secret or Con&amp;fig…</source>
        <translation>시크릿 또는 구성 제거(&amp;F)…</translation>
    </message>
    <message>
        <source>Se&amp;t Node Labels…</source>
        <translation>노드 레이블 설정(&amp;T)…</translation>
    </message>
    <message>
        <source>Change the current node&apos;s labels, which service constraints can ask for</source>
        <translation>현재 노드의 레이블을 바꿉니다. 서비스 제약 조건이 이 레이블을 요구할 수 있습니다</translation>
    </message>
    <message>
        <source>Remove Stac&amp;k…</source>
        <translation>스택 제거(&amp;K)…</translation>
    </message>
    <message>
        <source>Remove the selected stacks: their services, networks, secrets and configs</source>
        <translation>선택한 스택을 제거합니다: 서비스, 네트워크, 시크릿, 컨피그</translation>
    </message>
    <message>
        <source>S&amp;tacks</source>
        <translation>스택(&amp;T)</translation>
    </message>
    <message>
        <source>Set Node Labels</source>
        <translation>노드 레이블 설정</translation>
    </message>
    <message>
        <source>Labels of %1, one key=value a line. A service&apos;s constraint such as node.labels.zone==east places its tasks by them.</source>
        <translation>%1의 레이블을 한 줄에 key=value 하나씩 적으세요. node.labels.zone==east 같은 서비스 제약 조건이 이 레이블로 태스크를 배치합니다.</translation>
    </message>
    <message>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Setting the labels of %1…</source>
        <translation>%1의 레이블을 설정하는 중…</translation>
    </message>
    <message>
        <source>Set the labels of %1.</source>
        <translation>%1의 레이블을 설정했습니다.</translation>
    </message>
    <message>
        <source>Could not set the labels of %1</source>
        <translation>%1의 레이블을 설정할 수 없습니다</translation>
    </message>
    <message>
        <source>Choose a stack to see its services.</source>
        <translation>스택을 선택하면 그 서비스가 보입니다.</translation>
    </message>
    <message>
        <source>Services of %1</source>
        <translation>%1의 서비스</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation>
            <numerusform>서비스 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>네트워크 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s)</source>
        <translation>
            <numerusform>시크릿 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n config(s)</source>
        <translation>
            <numerusform>컨피그 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Stack</source>
        <translation>스택 제거</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n stack(s)?</source>
        <translation>
            <numerusform>스택 %n개를 제거할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Removing stack %1…</source>
        <translation>스택 %1 제거 중…</translation>
    </message>
    <message>
        <source>Could not remove stack %1: %2</source>
        <translation>스택 %1을(를) 제거할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Removed only part of stack %1: %2</source>
        <translation>스택 %1의 일부만 제거했습니다: %2</translation>
    </message>
    <message>
        <source>Removed stack %1.</source>
        <translation>스택 %1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <source>Remove stack %1?</source>
        <translation>스택 %1을(를) 제거할까요?</translation>
    </message>
</context>
<context>
    <name>SwarmSecretModel</name>
    <message>
        <source>Secret</source>
        <translation>시크릿</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>구성</translation>
    </message>
    <message>
        <source>A secret&apos;s content is never shown: the swarm gives it only to the services that use it.</source>
        <translation>시크릿의 내용은 표시되지 않습니다. 스웜은 그것을 쓰는 서비스에만 내용을 줍니다.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>스택</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>업데이트</translation>
    </message>
</context>
<context>
    <name>SwarmServiceModel</name>
    <message>
        <source>Replicated</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Global</source>
        <translation>전역</translation>
    </message>
    <message>
        <source>Replicated job</source>
        <translation>복제 잡</translation>
    </message>
    <message>
        <source>Global job</source>
        <translation>전역 잡</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>(host)</source>
        <translation>(호스트)</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>업데이트 중</translation>
    </message>
    <message>
        <source>Update paused</source>
        <translation>업데이트 일시 중지됨</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>업데이트됨</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>롤백 중</translation>
    </message>
    <message>
        <source>Rollback paused</source>
        <translation>롤백 일시 중지됨</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>롤백됨</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>스택</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>모드</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>복제본</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Ports</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>업데이트</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>%1: %2 of %3 tasks</source>
        <translation>%1: 작업 %3개 중 %2개</translation>
    </message>
</context>
<context>
    <name>SwarmStackModel</name>
    <message>
        <source>Tasks running / asked for, across the stack&apos;s services</source>
        <translation>스택의 모든 서비스에서 실행 중인 태스크 / 요청한 태스크</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Stack</source>
        <translation>스택</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Networks</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>시크릿</translation>
    </message>
    <message>
        <source>Configs</source>
        <translation>컨피그</translation>
    </message>
</context>
<context>
    <name>SwarmTaskModel</name>
    <message>
        <source>New</source>
        <translation>새로 만듦</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>할당됨</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>수락됨</translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation>준비 중</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>시작 중</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>제거 중</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>고아</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Desired State</source>
        <translation>목표 상태</translation>
    </message>
    <message>
        <source>Current State</source>
        <translation>현재 상태</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
</context>
<context>
    <name>SwarmWatcher</name>
    <message>
        <source>the node is gone</source>
        <translation>노드가 없어졌습니다</translation>
    </message>
</context>
<context>
    <name>SystemCommands</name>
    <message>
        <source>Check that the engine answers</source>
        <translation>엔진이 응답하는지 확인합니다</translation>
    </message>
    <message>
        <source>Show the engine, its version and capabilities</source>
        <translation>엔진과 버전, 지원 기능을 표시합니다</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>엔진</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>API version</source>
        <translation>API 버전</translation>
    </message>
    <message>
        <source>Libpod API version</source>
        <translation>Libpod API 버전</translation>
    </message>
    <message>
        <source>OS/Arch</source>
        <translation>OS/아키텍처</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>커널</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>기능</translation>
    </message>
    <message>
        <source>Show the node: machine, engine, storage, counts</source>
        <translation>노드 정보를 보여 줍니다: 머신, 엔진, 저장소, 개수</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>운영 체제</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>아키텍처</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU 수</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Engine version</source>
        <translation>엔진 버전</translation>
    </message>
    <message>
        <source>Storage driver</source>
        <translation>저장소 드라이버</translation>
    </message>
    <message>
        <source>Cgroup</source>
        <translation>Cgroup</translation>
    </message>
    <message>
        <source>Root folder</source>
        <translation>루트 폴더</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>%1 (%2 running, %3 paused, %4 stopped)</source>
        <translation>%1개 (실행 중 %2, 일시 중지 %3, 중지됨 %4)</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Show disk use of images, containers, volumes, cache</source>
        <translation>이미지, 컨테이너, 볼륨, 캐시의 디스크 사용량을 보여 줍니다</translation>
    </message>
    <message>
        <source>Local volumes</source>
        <translation>로컬 볼륨</translation>
    </message>
    <message>
        <source>Build cache</source>
        <translation>빌드 캐시</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>RECLAIMABLE</source>
        <translation>회수 가능</translation>
    </message>
    <message>
        <source>List the nodes the app shows (state, latency, engine), add or remove one</source>
        <translation>앱에 보이는 노드 목록(상태, 지연, 엔진)을 보거나 노드를 추가·삭제합니다</translation>
    </message>
    <message>
        <source>add: speak TLS to a tcp:// node.</source>
        <translation>add: tcp:// 노드와 TLS로 통신합니다.</translation>
    </message>
    <message>
        <source>add: the folder with ca.pem, cert.pem and key.pem (implies --tls).</source>
        <translation>add: ca.pem, cert.pem, key.pem이 있는 폴더(--tls 포함).</translation>
    </message>
    <message>
        <source>add: do not verify the engine&apos;s certificate (not recommended).</source>
        <translation>add: 엔진 인증서를 검증하지 않습니다(권장하지 않음).</translation>
    </message>
    <message>
        <source>add: the SSH private key for an ssh:// node.</source>
        <translation>add: ssh:// 노드에 쓸 SSH 개인 키.</translation>
    </message>
    <message>
        <source>import: show what would be added, add nothing.</source>
        <translation>import: 추가할 노드만 보여 주고 추가하지 않습니다.</translation>
    </message>
    <message>
        <source>add: read the SSH key&apos;s passphrase from standard input and keep it in the desktop keychain.</source>
        <translation>add: SSH 키의 암호 문구를 표준 입력에서 읽어 데스크톱 키체인에 보관합니다.</translation>
    </message>
    <message>
        <source>Use: gontainer-cli nodes import [--dry-run]</source>
        <translation>사용법: gontainer-cli nodes import [--dry-run]</translation>
    </message>
    <message>
        <source>Use: gontainer-cli nodes add NAME URL</source>
        <translation>사용법: gontainer-cli nodes add 이름 URL</translation>
    </message>
    <message>
        <source>--passphrase-stdin needs --identity FILE and a passphrase on standard input.</source>
        <translation>--passphrase-stdin에는 --identity FILE과 표준 입력의 암호 문구가 필요합니다.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>암호 문구가 비어 있습니다.</translation>
    </message>
    <message>
        <source>Use: gontainer-cli nodes rm NAME</source>
        <translation>사용법: gontainer-cli nodes rm 이름</translation>
    </message>
    <message>
        <source>Unknown nodes action %1: use add, rm or import, or nothing to list.</source>
        <translation>알 수 없는 nodes 동작 %1: add, rm, import 중 하나를 쓰거나, 목록을 보려면 아무것도 쓰지 마세요.</translation>
    </message>
    <message>
        <source>Remove what nothing uses: stopped containers, unused networks and pods, dangling images</source>
        <translation>아무것도 쓰지 않는 것을 삭제합니다: 중지된 컨테이너, 사용하지 않는 네트워크와 포드, 이름 없는 이미지</translation>
    </message>
    <message>
        <source>Remove every image no container uses, not only dangling ones.</source>
        <translation>이름 없는 이미지뿐 아니라 어떤 컨테이너도 쓰지 않는 모든 이미지를 삭제합니다.</translation>
    </message>
    <message>
        <source>Remove the volumes no container uses too.</source>
        <translation>어떤 컨테이너도 쓰지 않는 볼륨도 삭제합니다.</translation>
    </message>
    <message>
        <source>Use: gontainer-cli system prune [--all] [--volumes] [--force]</source>
        <translation>사용법: gontainer-cli system prune [--all] [--volumes] [--force]</translation>
    </message>
    <message>
        <source>- every stopped container</source>
        <translation>- 중지된 모든 컨테이너</translation>
    </message>
    <message>
        <source>- every network no container uses</source>
        <translation>- 어떤 컨테이너도 쓰지 않는 모든 네트워크</translation>
    </message>
    <message>
        <source>- every image no container uses</source>
        <translation>- 어떤 컨테이너도 쓰지 않는 모든 이미지</translation>
    </message>
    <message>
        <source>- every dangling image (one without a name)</source>
        <translation>- 모든 이름 없는 이미지</translation>
    </message>
    <message>
        <source>- every volume no container uses, with its data</source>
        <translation>- 어떤 컨테이너도 쓰지 않는 모든 볼륨과 그 데이터</translation>
    </message>
    <message>
        <source>- the build cache no build uses, where the engine keeps one</source>
        <translation>- 어떤 빌드도 쓰지 않는 빌드 캐시 (엔진에 빌드 캐시가 있는 경우)</translation>
    </message>
    <message>
        <source>- on Podman, every pod with no running container</source>
        <translation>- Podman에서는 실행 중인 컨테이너가 없는 모든 포드</translation>
    </message>
    <message>
        <source>This removes from %1:</source>
        <translation>%1에서 다음을 삭제합니다:</translation>
    </message>
    <message>
        <source>Deleted pods:</source>
        <translation>삭제된 포드:</translation>
    </message>
    <message>
        <source>Deleted containers:</source>
        <translation>삭제된 컨테이너:</translation>
    </message>
    <message>
        <source>Deleted networks:</source>
        <translation>삭제된 네트워크:</translation>
    </message>
    <message>
        <source>Deleted volumes:</source>
        <translation>삭제된 볼륨:</translation>
    </message>
    <message>
        <source>Deleted images:</source>
        <translation>삭제된 이미지:</translation>
    </message>
    <message>
        <source>Deleted build cache:</source>
        <translation>삭제된 빌드 캐시:</translation>
    </message>
    <message>
        <source>add: send registry logins to this tcp:// node without TLS, where anyone on the network can read them (not recommended).</source>
        <translation>add: TLS 없이 이 tcp:// 노드로 레지스트리 로그인 정보를 보냅니다. 네트워크상의 누구나 읽을 수 있습니다(권장하지 않음).</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>리비전</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Engine build</source>
        <translation>엔진 빌드</translation>
    </message>
    <message>
        <source>Engine ID</source>
        <translation>엔진 ID</translation>
    </message>
    <message>
        <source>%1 (managed by %2: read-only)</source>
        <translation>%1 (%2에서 관리: 읽기 전용)</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>네임스페이스</translation>
    </message>
    <message>
        <source>Snapshotter</source>
        <translation>스냅샷터</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>런타임</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>정상</translation>
    </message>
    <message>
        <source>not used here: %1</source>
        <translation>여기서 사용 안 함: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>add: show only this namespace of a containerd node (containerd:///path.sock, containerd+ssh://USER@HOST/path.sock, containerd+tcp://HOST:PORT); without it, every namespace.</source>
        <translation>add: containerd 노드의 이 네임스페이스만 표시합니다(containerd:///path.sock, containerd+ssh://USER@HOST/path.sock, containerd+tcp://HOST:PORT). 지정하지 않으면 모든 네임스페이스를 표시합니다.</translation>
    </message>
    <message>
        <source>--namespace is for containerd nodes: give an address such as containerd:///run/containerd/containerd.sock.</source>
        <translation>--namespace는 containerd 노드용입니다: containerd:///run/containerd/containerd.sock 같은 주소를 지정하세요.</translation>
    </message>
</context>
<context>
    <name>TagImageDialog</name>
    <message>
        <source>Tag %1</source>
        <translation>%1에 태그 붙이기</translation>
    </message>
    <message>
        <source>Gives the image another name on its node; the image itself stays as it is. To push it to a registry, begin the name with the registry&apos;s address.</source>
        <translation>노드에서 이미지에 다른 이름을 붙입니다. 이미지 자체는 그대로입니다. 레지스트리에 올리려면 이름을 레지스트리 주소로 시작하세요.</translation>
    </message>
    <message>
        <source>myapp:1.0 or registry.example:5000/team/myapp:1.0</source>
        <translation>myapp:1.0 또는 registry.example:5000/team/myapp:1.0</translation>
    </message>
    <message>
        <source>&amp;New name:</source>
        <translation>새 이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>태그 붙이기(&amp;T)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tag: use letters, digits and . _ - (at most 128).</source>
        <translation>&quot;%1&quot;은(는) 태그가 아닙니다: 영문자, 숫자, . _ - 를 쓰세요 (최대 128자).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an image name: use lowercase letters, digits and . _ - in parts separated by /, then :tag if you like.</source>
        <translation>&quot;%1&quot;은(는) 이미지 이름이 아닙니다: 소문자, 숫자, . _ - 를 쓰고 부분은 /로 나누세요. 필요하면 뒤에 :태그를 붙이세요.</translation>
    </message>
</context>
<context>
    <name>TcpConnection</name>
    <message>
        <source>cannot read the CA certificate %1</source>
        <translation>CA 인증서 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the client certificate %1</source>
        <translation>클라이언트 인증서 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>cannot read the client key %1</source>
        <translation>클라이언트 키 %1을(를) 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>the client key %1 is not an unencrypted RSA or EC key in PEM form</source>
        <translation>클라이언트 키 %1이(가) 암호화되지 않은 PEM 형식의 RSA 또는 EC 키가 아닙니다</translation>
    </message>
</context>
<context>
    <name>TerminalView</name>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Clear Scrollback</source>
        <translation>스크롤백 지우기</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Gontainer</source>
        <translation>Gontainer</translation>
    </message>
    <message>
        <source>Gontainer: %1</source>
        <translation>Gontainer: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) unhealthy</source>
        <translation>
            <numerusform>비정상 컨테이너 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) offline</source>
        <translation>
            <numerusform>오프라인 노드 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is offline</source>
        <translation>%1 오프라인</translation>
    </message>
    <message>
        <source>%1 is unhealthy (%2)</source>
        <translation>%1 비정상 (%2)</translation>
    </message>
    <message>
        <source>Show Gontainer</source>
        <translation>Gontainer 보이기</translation>
    </message>
    <message numerus="yes">
        <source>…and %n more</source>
        <translation>
            <numerusform>…그 밖에 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
</context>
<context>
    <name>VolumeCommands</name>
    <message>
        <source>Create a volume</source>
        <translation>볼륨을 만듭니다</translation>
    </message>
    <message>
        <source>The volume driver (default: local).</source>
        <translation>볼륨 드라이버입니다(기본값: local).</translation>
    </message>
    <message>
        <source>DRIVER</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <source>Set a driver option (repeat for more).</source>
        <translation>드라이버 옵션을 설정합니다(여러 개는 반복해서 지정).</translation>
    </message>
    <message>
        <source>KEY=VALUE</source>
        <translation>KEY=VALUE</translation>
    </message>
    <message>
        <source>Set a label (repeat for more).</source>
        <translation>레이블을 설정합니다(여러 개는 반복해서 지정).</translation>
    </message>
    <message>
        <source>Use: gontainer-cli volume create [NAME] [--driver DRIVER] [--opt KEY=VALUE] [--label KEY=VALUE]</source>
        <translation>사용법: gontainer-cli volume create [NAME] [--driver DRIVER] [--opt KEY=VALUE] [--label KEY=VALUE]</translation>
    </message>
    <message>
        <source>Show volumes&apos; full details as JSON</source>
        <translation>볼륨의 전체 정보를 JSON으로 표시합니다</translation>
    </message>
    <message>
        <source>Remove volumes</source>
        <translation>볼륨을 삭제합니다</translation>
    </message>
    <message>
        <source>Remove even if the engine would keep it (where the engine allows).</source>
        <translation>엔진이 삭제하지 않으려는 경우에도 삭제합니다(엔진이 허용하는 경우).</translation>
    </message>
    <message>
        <source>Containers using %1: %2.</source>
        <translation>%1을(를) 쓰는 컨테이너: %2.</translation>
    </message>
    <message>
        <source>Remove the volumes no container uses</source>
        <translation>어떤 컨테이너도 쓰지 않는 볼륨을 삭제합니다</translation>
    </message>
    <message>
        <source>This removes every volume no container uses on %1, with its data.</source>
        <translation>%1에서 어떤 컨테이너도 쓰지 않는 볼륨을 데이터와 함께 모두 삭제합니다.</translation>
    </message>
    <message>
        <source>Deleted volumes:</source>
        <translation>삭제된 볼륨:</translation>
    </message>
</context>
<context>
    <name>VolumeDetailsView</name>
    <message>
        <source>Close the details</source>
        <translation>상세 정보 닫기</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>개요</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>검사</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Double-click a container to show it</source>
        <translation>컨테이너를 두 번 클릭하면 보여 줍니다</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <source>Reading the volume…</source>
        <translation>볼륨을 읽는 중…</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <source>Mountpoint</source>
        <translation>마운트 위치</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
    <message>
        <source>Driver options</source>
        <translation>드라이버 옵션</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>Containers (%1)</source>
        <translation>컨테이너 (%1)</translation>
    </message>
</context>
<context>
    <name>VolumeTableModel</name>
    <message>
        <source>Not measured: the engine has not said</source>
        <translation>측정 안 됨: 엔진이 알려 주지 않았습니다</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1바이트</translation>
    </message>
    <message>
        <source>Not counted: the engine has not said</source>
        <translation>집계 안 됨: 엔진이 알려 주지 않았습니다</translation>
    </message>
    <message>
        <source>No container uses this volume</source>
        <translation>이 볼륨을 쓰는 컨테이너가 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) use this volume</source>
        <translation>
            <numerusform>컨테이너 %n개가 이 볼륨을 씁니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Node</source>
        <translation>노드</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>드라이버</translation>
    </message>
    <message>
        <source>Mountpoint</source>
        <translation>마운트 위치</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Containers</source>
        <translation>컨테이너</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성됨</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>레이블</translation>
    </message>
</context>
<context>
    <name>VolumesPage</name>
    <message>
        <source>Volumes</source>
        <translation>볼륨</translation>
    </message>
    <message>
        <source>&amp;Volume</source>
        <translation>볼륨(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Create…</source>
        <translation>만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>Create a volume on a node</source>
        <translation>노드에 볼륨을 만듭니다</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>삭제(&amp;M)…</translation>
    </message>
    <message>
        <source>Remove the selected volumes and the data in them</source>
        <translation>선택한 볼륨과 그 안의 데이터를 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>상세 정보(&amp;D)</translation>
    </message>
    <message>
        <source>Show the current volume&apos;s details and its JSON</source>
        <translation>현재 볼륨의 상세 정보와 JSON을 보여 줍니다</translation>
    </message>
    <message>
        <source>Show &amp;Containers</source>
        <translation>컨테이너 보기(&amp;C)</translation>
    </message>
    <message>
        <source>Show the containers using the current volume</source>
        <translation>현재 볼륨을 쓰는 컨테이너를 보여 줍니다</translation>
    </message>
    <message>
        <source>Pr&amp;une…</source>
        <translation>정리(&amp;N)…</translation>
    </message>
    <message>
        <source>Remove the volumes no container uses, showing first what would go</source>
        <translation>어떤 컨테이너도 쓰지 않는 볼륨을 삭제합니다. 삭제될 볼륨을 먼저 보여 줍니다</translation>
    </message>
    <message>
        <source>Search name, driver, mountpoint, labels</source>
        <translation>이름, 드라이버, 마운트 위치, 레이블 검색</translation>
    </message>
    <message>
        <source>Show the volumes of one node</source>
        <translation>한 노드의 볼륨만 보기</translation>
    </message>
    <message>
        <source>Used or not</source>
        <translation>사용 여부 전체</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>사용 중</translation>
    </message>
    <message>
        <source>Unused</source>
        <translation>미사용</translation>
    </message>
    <message>
        <source>Show only volumes that containers use, or only those none uses</source>
        <translation>컨테이너가 쓰는 볼륨만, 또는 아무도 쓰지 않는 볼륨만 보기</translation>
    </message>
    <message>
        <source>All nodes</source>
        <translation>모든 노드</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s), %1, %2 unused</source>
        <translation>
            <numerusform>볼륨 %n개, %1, 미사용 %2개</numerusform>
        </translation>
    </message>
    <message>
        <source>No volume matches the search and filters.
Clear the search, or choose &quot;All nodes&quot; and &quot;Used or not&quot; in the filters.</source>
        <translation>검색어와 필터에 맞는 볼륨이 없습니다.
검색어를 지우거나 필터에서 &quot;모든 노드&quot;와 &quot;사용 여부 전체&quot;를 고르세요.</translation>
    </message>
    <message>
        <source>No nodes.</source>
        <translation>노드가 없습니다.</translation>
    </message>
    <message>
        <source>No volumes yet.
Volumes you or your containers create appear here.</source>
        <translation>아직 볼륨이 없습니다.
직접 만들거나 컨테이너가 만든 볼륨이 여기에 나타납니다.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message>
        <source>No node can be reached.</source>
        <translation>연결할 수 있는 노드가 없습니다.</translation>
    </message>
    <message>
        <source>Created the volume %1 on %2.</source>
        <translation>%2에 볼륨 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2의 %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>외 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>The data in them is lost; this cannot be undone.</source>
        <translation>그 안의 데이터는 사라지며 되돌릴 수 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n of them are used by containers: the engine refuses those, and then names the containers.</source>
        <translation>
            <numerusform>그중 %n개는 컨테이너가 쓰고 있습니다: 엔진이 삭제를 거부하고 해당 컨테이너를 알려 줍니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the volume %1?</source>
        <translation>볼륨 %1을(를) 삭제할까요?</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n volume(s)?</source>
        <translation>
            <numerusform>볼륨 %n개를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Volumes</source>
        <translation>볼륨 삭제</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Removing %1 and its containers from %2…</source>
        <translation>%2에서 %1과(와) 그 컨테이너를 삭제하는 중…</translation>
    </message>
    <message>
        <source>Removing %1 from %2…</source>
        <translation>%2에서 %1 삭제하는 중…</translation>
    </message>
    <message>
        <source>Removed the volume %1 from %2.</source>
        <translation>%2에서 볼륨 %1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>Removed the volume %1 and its containers %2 from %3.</source>
        <translation>%3에서 볼륨 %1과(와) 그 컨테이너 %2을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>%1 on %2 is used by %3, so the engine keeps it.</source>
        <translation>%2의 %1은(는) %3이(가) 쓰고 있어서 엔진이 삭제하지 않습니다.</translation>
    </message>
    <message>
        <source>Cannot remove %1 from %2: a container uses it. %3</source>
        <translation>%2에서 %1을(를) 삭제할 수 없습니다: 컨테이너가 쓰고 있습니다. %3</translation>
    </message>
    <message>
        <source>Could not remove %1 from %2: %3</source>
        <translation>%2에서 %1을(를) 삭제하지 못했습니다: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Containers using it:</source>
        <translation>이 볼륨을 쓰는 컨테이너:</translation>
    </message>
    <message>
        <source>Removing by force removes these containers first, then the volume.</source>
        <translation>강제로 삭제하면 이 컨테이너를 먼저 삭제한 뒤 볼륨을 삭제합니다.</translation>
    </message>
    <message>
        <source>Running containers are stopped.</source>
        <translation>실행 중인 컨테이너는 중지됩니다.</translation>
    </message>
    <message>
        <source>Volume in Use</source>
        <translation>사용 중인 볼륨</translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 is used by %n container(s). Remove them and the volume?</source>
        <translation>
            <numerusform>%2의 %1을(를) 컨테이너 %n개가 쓰고 있습니다. 그 컨테이너와 볼륨을 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Containers and Volume</source>
        <translation>컨테이너와 볼륨 삭제</translation>
    </message>
    <message>
        <source>No volume is unused now, as far as the engines said.</source>
        <translation>엔진이 알려 준 바로는 지금 사용하지 않는 볼륨이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n volume(s) not counted yet are removed too if no container uses them.</source>
        <translation>
            <numerusform>아직 집계되지 않은 볼륨 %n개도 어떤 컨테이너도 쓰지 않으면 함께 삭제됩니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n unused volume(s) (%1) from %2?</source>
        <translation>
            <numerusform>%2에서 사용하지 않는 볼륨 %n개(%1)를 삭제할까요?</numerusform>
        </translation>
    </message>
    <message>
        <source>Prune Volumes</source>
        <translation>볼륨 정리</translation>
    </message>
    <message>
        <source>Prune</source>
        <translation>정리</translation>
    </message>
    <message>
        <source>Pruning unused volumes on %1…</source>
        <translation>%1에서 사용하지 않는 볼륨을 정리하는 중…</translation>
    </message>
    <message>
        <source>Could not prune volumes on %1: %2</source>
        <translation>%1에서 볼륨을 정리하지 못했습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Pruned %n volume(s) on %1: %2 freed.</source>
        <translation>
            <numerusform>%1에서 볼륨 %n개를 정리했습니다: %2 확보.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not list the containers using %1 on %2: %3</source>
        <translation>%2에서 %1을(를) 쓰는 컨테이너 목록을 가져오지 못했습니다: %3</translation>
    </message>
    <message>
        <source>No container uses %1 on %2.</source>
        <translation>%2에서 %1을(를) 쓰는 컨테이너가 없습니다.</translation>
    </message>
    <message>
        <source>No node&apos;s engine has volumes: containers there mount folders of the host. Add a Docker or Podman node to manage volumes.</source>
        <translation>볼륨이 있는 노드 엔진이 없습니다: 해당 컨테이너는 호스트의 폴더를 마운트합니다. 볼륨을 관리하려면 Docker 또는 Podman 노드를 추가하세요.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Gontainer shows the containers of your engines and keeps them current.</source>
        <translation>Gontainer는 엔진의 컨테이너를 보여 주고 항상 최신 상태로 유지합니다.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Use this language (en or ko) instead of the saved choice or the system&apos;s.</source>
        <translation>저장된 선택이나 시스템 언어 대신 이 언어(en 또는 ko)를 사용합니다.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>코드</translation>
    </message>
    <message>
        <source>Connect to the engine at ADDRESS (for example unix:///run/podman/podman.sock, or tcp://HOST:2376 with DOCKER_TLS_VERIFY and DOCKER_CERT_PATH) instead of looking for the local one.</source>
        <translation>로컬 엔진을 찾는 대신 주소의 엔진에 연결합니다(예: unix:///run/podman/podman.sock, 또는 DOCKER_TLS_VERIFY와 DOCKER_CERT_PATH를 설정한 tcp://HOST:2376).</translation>
    </message>
</context>
</TS>
