"""The drawable things the analysis recognises: an English key, the emoji whose picture and whose names
(in every CLDR language) stand for it, and extra English words. Grouped by kind for the painter."""

from __future__ import annotations

# kind: "key emoji[,emoji…] [extra words separated by |]"
_TABLE = {
    "animal": """
dog 🐕,🐶,🐩 puppy|hound
cat 🐈,🐱 kitten
horse 🐎,🐴 pony|stallion|mare
cow 🐄,🐮 cattle|bull|ox|calf
buffalo 🐃 water buffalo
pig 🐖,🐷 piglet
goat 🐐 goats
sheep 🐑 lamb|ewe
ram 🐏
camel 🐪,🐫
elephant 🐘
lion 🦁 lioness
tiger 🐅,🐯
leopard 🐆 cheetah|panther
bear 🐻
polar_bear 🐻‍❄️
panda 🐼
monkey 🐒,🐵 ape
gorilla 🦍
wolf 🐺
fox 🦊
deer 🦌 stag|doe
rabbit 🐇,🐰 bunny|hare
mouse 🐁,🐭 mice
rat 🐀
squirrel 🐿️ chipmunk
hedgehog 🦔
bat 🦇
chicken 🐔 hen
rooster 🐓 cockerel
chick 🐤,🐥
bird 🐦 sparrow|birds
eagle 🦅 hawk|falcon
owl 🦉
duck 🦆
swan 🦢
parrot 🦜
peacock 🦚 peafowl
flamingo 🦩
penguin 🐧
dove 🕊️ pigeon
crow 🐦‍⬛ raven|blackbird
frog 🐸 toad
turtle 🐢 tortoise
crocodile 🐊 alligator
snake 🐍 serpent|cobra
lizard 🦎 gecko
dragon 🐉,🐲
dinosaur 🦕,🦖
whale 🐋,🐳
dolphin 🐬
fish 🐟 fishes
tropical_fish 🐠
shark 🦈
octopus 🐙
crab 🦀
lobster 🦞
shrimp 🦐 prawn
snail 🐌
butterfly 🦋
bee 🐝 bees|honeybee
ant 🐜
spider 🕷️
scorpion 🦂
mosquito 🦟
beetle 🪲
ladybug 🐞 ladybird
worm 🪱
zebra 🦓
giraffe 🦒
rhinoceros 🦏 rhino
hippopotamus 🦛 hippo
kangaroo 🦘
koala 🐨
sloth 🦥
otter 🦦
beaver 🦫
skunk 🦨
raccoon 🦝
bison 🦬
mammoth 🦣
llama 🦙 alpaca
donkey 🫏 mule
moose 🫎 elk
unicorn 🦄
seal 🦭
""",
    "plant": """
tree 🌳 trees|oak|maple
pine_tree 🌲 pine|fir|evergreen
palm_tree 🌴 palm|coconut tree
cactus 🌵
flower 🌸,🌼 flowers|blossom
rose 🌹 roses
tulip 🌷
sunflower 🌻
lotus 🪷
hibiscus 🌺
bouquet 💐
herb 🌿 herbs
leaf 🍃,🍂 leaves
maple_leaf 🍁
mushroom 🍄
seedling 🌱 sapling|sprout
potted_plant 🪴 houseplant
rice_plant 🌾 wheat|crop|crops|sheaf|grain
clover 🍀
""",
    "food": """
apple 🍎,🍏 apples
pear 🍐
orange 🍊 tangerine|oranges
lemon 🍋 lime
banana 🍌 bananas
watermelon 🍉
grapes 🍇 grape
strawberry 🍓 strawberries
cherries 🍒 cherry
peach 🍑
mango 🥭 mangoes|mangos
pineapple 🍍
coconut 🥥
kiwi 🥝
tomato 🍅 tomatoes
eggplant 🍆 aubergine|brinjal
avocado 🥑
carrot 🥕 carrots
corn 🌽 maize
hot_pepper 🌶️ chilli|chili
cucumber 🥒
broccoli 🥦
garlic 🧄
onion 🧅 onions
potato 🥔 potatoes
peanuts 🥜 peanut
bread 🍞 loaf
baguette 🥖
croissant 🥐
pretzel 🥨
pancakes 🥞
cheese 🧀
egg 🥚 eggs
meat 🍖
poultry_leg 🍗 chicken leg
bacon 🥓
hamburger 🍔 burger
french_fries 🍟 fries
pizza 🍕
hot_dog 🌭
sandwich 🥪
taco 🌮
burrito 🌯
flatbread 🫓 roti|chapati|naan
salad 🥗
soup 🍲 stew
curry 🍛 curry rice
rice 🍚
rice_ball 🍙
spaghetti 🍝 pasta|noodles
sushi 🍣
dumpling 🥟
cake 🍰,🎂 birthday cake
cookie 🍪 biscuit
chocolate 🍫
candy 🍬 sweets
lollipop 🍭
ice_cream 🍦,🍨 ice-cream
doughnut 🍩 donut
honey 🍯
milk 🥛 glass of milk
coffee ☕ tea|cup
teapot 🫖
wine 🍷 wine glass
beer 🍺 ale
cocktail 🍸 martini
bottle 🍾 champagne
juice 🧃
water_bottle 🫙 jar
""",
    "vehicle": """
car 🚗,🚘 automobile|cars
taxi 🚕 cab
police_car 🚓
ambulance 🚑
fire_engine 🚒 fire truck
bus 🚌 buses
truck 🚚,🚛 lorry
tractor 🚜
pickup_truck 🛻
racing_car 🏎️
motorcycle 🏍️ motorbike
scooter 🛵 moped
bicycle 🚲 bike|cycle
auto_rickshaw 🛺 rickshaw|tuk-tuk
train 🚆,🚂 locomotive|railway
tram 🚊 streetcar
metro 🚇 subway|underground
airplane ✈️,🛫 aeroplane|plane|aircraft|jet
helicopter 🚁
rocket 🚀 spaceship
flying_saucer 🛸 ufo
boat ⛵ sailboat|dinghy
canoe 🛶 kayak
speedboat 🚤
ship 🚢 liner|steamer
ferry ⛴️
anchor ⚓
parachute 🪂
skateboard 🛹
wheelchair 🦽
""",
    "building": """
house 🏠 cottage
houses 🏘️
hut 🛖 shack|cabin
building 🏢 office building|tower block
skyscraper 🏙️ skyscrapers
castle 🏰 fortress|palace
japanese_castle 🏯
church ⛪ chapel
mosque 🕌
hindu_temple 🛕 mandir
synagogue 🕍
shinto_shrine ⛩️ shrine|torii
hospital 🏥
school 🏫
bank_building 🏦 bank building
hotel 🏨
post_office 🏤
factory 🏭
stadium 🏟️
tent ⛺ camp
circus_tent 🎪 circus
bridge 🌉
ferris_wheel 🎡
roller_coaster 🎢
fountain ⛲
statue_of_liberty 🗽
tower 🗼
classical_building 🏛️ museum|courthouse
fuel_pump ⛽ petrol pump|gas station
traffic_light 🚦
barrier 🚧 roadblock
""",
    "furniture": """
bed 🛏️ beds
couch 🛋️ sofa
chair 🪑 chairs|stool
door 🚪 doors|doorway
window 🪟 windows
mirror 🪞
toilet 🚽
shower 🚿
bathtub 🛁 bath
lamp 🪔 diya|oil lamp
lantern 🏮
candle 🕯️ candles
light_bulb 💡 bulb
clock 🕰️,⏰ alarm clock
hourglass ⌛
television 📺 tv
radio 📻
telephone ☎️ phone
mobile_phone 📱 smartphone|cellphone
computer 💻 laptop
desktop_computer 🖥️ computer screen|monitor
keyboard ⌨️
printer 🖨️
camera 📷
video_camera 📹 camcorder
movie_camera 🎥
microphone 🎙️,🎤 mic
headphones 🎧
book 📖,📕 books|novel
notebook 📓 diary|journal
newspaper 📰
letter ✉️ envelope
package 📦 parcel|box
basket 🧺
bucket 🪣 pail
broom 🧹
sponge 🧽
soap 🧼
toothbrush 🪥
teddy_bear 🧸 teddy
balloon 🎈 balloons
gift 🎁 present|presents
kite 🪁
puzzle 🧩
dice 🎲
trophy 🏆 cup
medal 🏅
umbrella ☂️,☔ parasol
bag 👜 handbag|purse
backpack 🎒 rucksack|schoolbag
suitcase 🧳 luggage
glasses 👓 spectacles
hat 🎩 top hat
cap 🧢 baseball cap
crown 👑
ring 💍
gem 💎 diamond|jewel
necklace 📿 beads|prayer beads
shoe 👞 shoes
boot 👢 boots
dress 👗 gown
shirt 👕 t-shirt
jeans 👖 trousers
scarf 🧣
gloves 🧤
coat 🧥 jacket
sari 🥻 saree
kimono 👘
""",
    "tool": """
hammer 🔨
axe 🪓 ax
pick ⛏️ pickaxe
wrench 🔧 spanner
screwdriver 🪛
saw 🪚
nut_and_bolt 🔩 bolt
gear ⚙️
chain ⛓️ chains
hook 🪝
ladder 🪜
toolbox 🧰
magnet 🧲
knife 🔪 dagger
sword ⚔️,🗡️
bow_and_arrow 🏹 bow|arrow
shield 🛡️
gun 🔫 pistol|revolver|rifle
bomb 💣
key 🔑,🗝️ keys
lock 🔒 padlock
scissors ✂️
pen 🖊️,✒️ pencil|quill
paintbrush 🖌️ brush
crayon 🖍️
ruler 📏
paperclip 📎
pushpin 📌
scroll 📜
map 🗺️ maps
globe 🌍,🌎,🌏 earth
compass 🧭
telescope 🔭
microscope 🔬
test_tube 🧪
petri_dish 🧫
dna 🧬
syringe 💉 injection|needle
pill 💊 pills|medicine|tablet
stethoscope 🩺
bandage 🩹
thermometer 🌡️
fire_extinguisher 🧯
magnifying_glass 🔍
flashlight 🔦 torch
battery 🔋
plug 🔌
satellite 🛰️
satellite_dish 📡 antenna
money 💵,💰 cash|money bag|coins
coin 🪙
credit_card 💳
shopping_cart 🛒 trolley
ticket 🎫,🎟️ tickets
flag 🚩,🏳️ banner
bell 🔔 bells
drum 🥁 drums|tabla
guitar 🎸
violin 🎻 fiddle
piano 🎹 keyboard instrument
trumpet 🎺
saxophone 🎷
flute 🪈
accordion 🪗
banjo 🪕
ball ⚽ football|soccer ball
basketball 🏀
tennis 🎾
cricket_bat 🏏 cricket
chess ♟️ chessboard
fishing_rod 🎣
""",
    "nature": """
sun ☀️ sunshine
moon 🌙,🌕 full moon|crescent
star ⭐ stars
cloud ☁️ clouds
rainbow 🌈
lightning ⚡ thunderbolt
snowflake ❄️
snowman ⛄,☃️
fire 🔥 flames|blaze
campfire 🏕️ bonfire
water_wave 🌊 waves|wave
droplet 💧 drop|dewdrop
volcano 🌋
mountain ⛰️,🏔️ peak|mountains
rock 🪨 rocks|stone|boulder
wood 🪵 log|logs|firewood
shell 🐚 seashell
feather 🪶
nest 🪺
egg_nest 🪹
comet ☄️
tornado 🌪️ whirlwind
""",
}


def parse_table() -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """(key, kind, emoji, extra English words) for every thing."""
    rows = []
    for kind, block in _TABLE.items():
        for line in block.strip().splitlines():
            parts = line.split(" ", 2)
            key, emoji = parts[0], tuple(parts[1].split(","))
            extra = tuple(w for w in parts[2].split("|") if w) if len(parts) > 2 else ()
            rows.append((key, kind, emoji, extra))
    return rows
